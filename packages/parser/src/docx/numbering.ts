import { formatNumber } from './format-number.ts';
import { readListDefinitions, type ListDefinitions, type ListLevel } from './list-definitions.ts';
import { readStyleNumbering, type StyleNumbering } from './style-numbering.ts';

/** Automatic list numbers of a document: the label of each numbered paragraph, in reading order. */
export interface Numbering {
  /**
   * The label of the next paragraph with these numbering properties (`w:numPr` of the paragraph, else of its style
   * and the styles it is based on): `一、`, `（三）`; '' for bullets, unknown lists and unnumbered paragraphs.
   */
  next(numId: string | undefined, level: number | undefined, styleId: string | undefined): string;
}

/** The level a paragraph is numbered at: its own `w:ilvl`, its style's, the level linked to its style, else 0. */
function levelOf(levels: ReadonlyMap<number, ListLevel>, own: number | undefined, fromStyle: StyleNumbering, styleId: string | undefined): number {
  if (own !== undefined) return own;
  if (fromStyle.level !== undefined) return fromStyle.level;
  if (styleId !== undefined) for (const [level, def] of levels) if (def.style === styleId) return level;
  return 0;
}

/** A list's label for the current counters: `%n` in the level's text replaced by level n's counter, formatted. */
function label(levels: ReadonlyMap<number, ListLevel>, text: string, counts: readonly number[]): string {
  return text.replace(/%([1-9])/gu, (_, d: string) => {
    const level = Number(d) - 1;
    const def = levels.get(level);
    return def ? formatNumber(counts[level] ?? def.start, def.format) : '';
  });
}

/** Counts the numbered paragraphs of each list, level by level, as Word does. */
class ListCounters implements Numbering {
  private readonly counters = new Map<string, number[]>();

  constructor(
    private readonly lists: ListDefinitions,
    private readonly styleNumbering: (styleId: string) => StyleNumbering,
  ) {}

  next(ownNumId: string | undefined, ownLevel: number | undefined, styleId: string | undefined): string {
    const fromStyle = styleId === undefined ? {} : this.styleNumbering(styleId);
    const numId = ownNumId ?? fromStyle.numId;
    const levels = numId === undefined ? undefined : this.lists.get(numId);
    if (numId === undefined || !levels) return '';
    const level = levelOf(levels, ownLevel, fromStyle, styleId);
    const current = levels.get(level);
    if (!current || current.format === 'bullet' || current.format === 'none') return '';
    const counts = this.counters.get(numId) ?? [];
    this.counters.set(numId, counts);
    counts[level] = (counts[level] ?? current.start - 1) + 1;
    // A paragraph at a level restarts the levels below it.
    counts.length = level + 1;
    return label(levels, current.text, counts);
  }
}

const none: Numbering = { next: () => '' };

/**
 * Reads `word/numbering.xml` and `word/styles.xml`; without numbering every paragraph gets an empty label. Levels
 * are 0 … 8 and counters safe integers, so neither a level nor a counter in the file can make labelling loop.
 */
export function createNumbering(xml: string | undefined, stylesXml?: string): Numbering {
  const lists = readListDefinitions(xml);
  return lists.size === 0 ? none : new ListCounters(lists, readStyleNumbering(stylesXml));
}
