/**
 * Normalising a text one character at a time, from a table, for the characters where that gives what normalising
 * the whole text gives.
 *
 * NFKC is decomposition, canonical reordering of combining marks, then composition. A character whose NFKC form is
 * made only of starters (canonical combining class 0) that are never the second of a composition — here: ASCII,
 * the CJK unified ideographs U+4E00–9FFF, CJK symbols U+3000–303F but the tone marks U+302A–302F, general
 * punctuation U+2000–206F and U+FEFF — neither reorders nor composes with what stands around it: NFKC of a text of
 * such characters is the concatenation of each one's NFKC. The rest of `normalizeText` (white space dropped, quotes
 * and `、` replaced) works on single characters too, so it is the same per character. A text holding any other
 * character (Latin letters with accents, half-width kana, astral characters …) is left to the whole-text path.
 *
 * Why: a report's whole text is normalised to tell its edition, and a table's to tell its shape; ICU's NFKC and the
 * regular-expression replaces each walk the text, and this table walks it once.
 */

/** Characters not in the table: the text goes the whole-text way. */
const unknown = 0;
/** Characters that normalise to themselves. */
const same = 1;
/** Characters that normalise to other text (kept in `replacements`), maybe none. */
const replaced = 2;

/** Where characters are looked for in the table (CJK unified ideographs are taken as they are, without it). */
const ranges: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x007f], // ASCII
  [0x00a0, 0x00a0], // no-break space
  [0x2000, 0x206f], // general punctuation, spaces, quotes
  [0x2e80, 0x2fdf], // CJK and Kangxi radicals, which PDFs give for ideographs
  [0x3000, 0x303f], // CJK symbols and punctuation
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0xfe30, 0xfe4f], // CJK compatibility forms
  [0xfeff, 0xfeff], // byte order mark
  [0xff01, 0xff60], // full-width ASCII
  [0xffe0, 0xffe6], // full-width signs
];

/** True for the characters an NFKC form may be made of and still be normalised apart (see above). */
function isSeparable(code: number): boolean {
  return (
    code <= 0x7f ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3000 && code <= 0x303f && !(code >= 0x302a && code <= 0x302f)) ||
    (code >= 0x2000 && code <= 0x206f) ||
    code === 0xfeff
  );
}

interface Table {
  readonly kinds: Uint8Array;
  /** For each `replaced` character, where its replacement stands in `replacements` (a dense list: looked up per character). */
  readonly slots: Uint16Array;
  readonly replacements: string[];
  /** The longest replacement's length (`⁗` gives four `′`). */
  readonly widest: number;
}

let table: Table | null = null;

function tableFor(normalizeWhole: (text: string) => string): Table {
  if (table) return table;
  const kinds = new Uint8Array(0x10000);
  const slots = new Uint16Array(0x10000);
  const replacements: string[] = [];
  let widest = 1;
  for (const [first, last] of ranges) {
    for (let code = first; code <= last; code++) {
      const character = String.fromCharCode(code);
      const nfkc = character.normalize('NFKC');
      let separable = true;
      for (let i = 0; i < nfkc.length; i++) if (!isSeparable(nfkc.charCodeAt(i))) separable = false;
      if (!separable) continue;
      const normalized = normalizeWhole(character);
      kinds[code] = normalized === character ? same : replaced;
      if (normalized !== character) slots[code] = replacements.push(normalized) - 1;
      widest = Math.max(widest, normalized.length);
    }
  }
  table = { kinds, slots, replacements, widest };
  return table;
}

/** Longer texts go the whole-text way, so the buffer kept between calls stays small (`widest` units a character). */
const longestText = 1 << 16;

/** Platforms that store a `Uint16Array` little-endian, as the UTF-16LE decoder reads it (all common ones). */
const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
let decoder: TextDecoder | null = null;
let units = new Uint16Array(1024);

/**
 * `normalizeWhole(text)` computed one character at a time, or `null` when `text` holds a character whose
 * normalisation may depend on its neighbours, or is longer than 65,536 characters. `normalizeWhole` must work
 * character by character as described above.
 */
export function normalizeByCharacter(text: string, normalizeWhole: (text: string) => string): string | null {
  if (!littleEndian || text.length > longestText) return null;
  const { kinds, slots, replacements, widest } = tableFor(normalizeWhole);
  if (units.length < text.length * widest) units = new Uint16Array(text.length * widest);
  let length = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x4e00 && code <= 0x9fff) {
      units[length++] = code;
      continue;
    }
    const kind = kinds[code];
    if (kind === same) units[length++] = code;
    else if (kind === unknown) return null;
    else {
      const replacement = replacements[slots[code]!]!;
      for (let j = 0; j < replacement.length; j++) units[length++] = replacement.charCodeAt(j);
    }
  }
  decoder ??= new TextDecoder('utf-16le');
  return decoder.decode(units.subarray(0, length));
}
