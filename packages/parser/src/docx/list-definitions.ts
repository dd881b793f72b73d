import { readCounter, readListLevel } from './list-values.ts';
import { parseWordTree, type WordElement } from './word-tree.ts';

/** One level of a list: how its counter starts and is written. */
export interface ListLevel {
  /** The paragraph style this level is linked to (`w:lvl/w:pStyle`). */
  readonly style?: string;
  /** The counter's first value (`w:start`, or a `w:startOverride`); a non-negative safe integer. */
  readonly start: number;
  /** `w:numFmt`: `decimal`, `chineseCounting`, `upperRoman`, `bullet` … */
  readonly format: string;
  /** `w:lvlText`: the label with `%1` … `%9` standing for the counters of levels 1 … 9. */
  readonly text: string;
}

/** The levels (0 … 8) of each list of a document, by `w:numId`. */
export type ListDefinitions = ReadonlyMap<string, ReadonlyMap<number, ListLevel>>;

function readLevels(parent: WordElement, into: Map<number, ListLevel>): void {
  for (const lvl of parent.elements('lvl')) {
    const level = readListLevel(lvl.attribute('ilvl') ?? '0');
    if (level === undefined) continue;
    const style = lvl.child('pStyle')?.attribute();
    into.set(level, {
      ...(style === undefined ? {} : { style }),
      start: readCounter(lvl.child('start')?.attribute(), 1),
      format: lvl.child('numFmt')?.attribute() ?? 'decimal',
      text: lvl.child('lvlText')?.attribute() ?? '',
    });
  }
}

/**
 * Reads `word/numbering.xml`: each `w:num` takes the levels of its `w:abstractNum`, then its `w:lvlOverride`s (a
 * new start, or whole new levels). Levels outside 0 … 8 are ignored; empty without a numbering part.
 */
export function readListDefinitions(xml: string | undefined): ListDefinitions {
  const lists = new Map<string, Map<number, ListLevel>>();
  const root = parseWordTree(xml);
  if (!root) return lists;
  const abstracts = new Map<string, Map<number, ListLevel>>();
  for (const abstract of root.elements('abstractNum')) {
    const levels = new Map<number, ListLevel>();
    readLevels(abstract, levels);
    abstracts.set(abstract.attribute('abstractNumId') ?? '', levels);
  }
  for (const num of root.elements('num')) {
    const levels = new Map(abstracts.get(num.child('abstractNumId')?.attribute() ?? '') ?? []);
    for (const override of num.elements('lvlOverride')) {
      const level = readListLevel(override.attribute('ilvl') ?? '0');
      const base = level === undefined ? undefined : levels.get(level);
      const start = override.child('startOverride')?.attribute();
      if (base && start !== undefined) levels.set(level!, { ...base, start: readCounter(start, base.start) });
      readLevels(override, levels);
    }
    lists.set(num.attribute('numId') ?? '', levels);
  }
  return lists;
}
