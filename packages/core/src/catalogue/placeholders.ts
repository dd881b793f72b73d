/**
 * What reports print in a cell for "nothing here": a slash, one or two dashes, or a word. Such a cell is blank
 * (`null`, never 0); the model keeps the text as printed.
 */
export const placeholderCatalogue = {
  /** Slashes: ASCII, full-width, backslash. */
  slashes: ['/', '／', '\\'],
  /** Dashes, printed once or twice in a row (`-`, `--`, `——`, `-—`): hyphen-minus, full-width, em, en, horizontal bar, hyphen. */
  dashes: ['-', '－', '—', '–', '―', '‐'],
  /** Words for "none": 无, 空, N/A. */
  words: ['无', '空', 'N/A'],
} as const;

const single = new Set<string>([...placeholderCatalogue.slashes, ...placeholderCatalogue.words]);
const dashes = new Set<string>(placeholderCatalogue.dashes);
/** The longest placeholder: a longer text (most labels) is ruled out without hashing it for the set. */
const longest = Math.max(2, ...[...single].map((text) => text.length));

/** The first UTF-16 unit of every placeholder: a text that starts otherwise (a figure, a label) is ruled out without hashing it. */
const firstUnits = new Set<number>([...single, ...dashes].map((text) => text.charCodeAt(0)));

/** True when `text`, exactly as given (trim it first), is a placeholder of `placeholderCatalogue`. */
export function isPlaceholder(text: string): boolean {
  if (text.length > longest || !firstUnits.has(text.charCodeAt(0))) return false;
  if (single.has(text)) return true;
  if (text.length === 0 || text.length > 2) return false;
  for (const char of text) if (!dashes.has(char)) return false;
  return true;
}
