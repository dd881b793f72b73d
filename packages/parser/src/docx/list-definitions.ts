import type { Element } from 'domhandler';
import { readCounter, readListLevel, readWordXml, type WordXml } from './word-xml.ts';

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

function readLevels(part: WordXml, parent: Element, into: Map<number, ListLevel>): void {
  for (const lvl of part.children(parent, 'lvl')) {
    const level = readListLevel(part.attribute(lvl, 'ilvl') ?? '0');
    if (level === undefined) continue;
    const style = part.attribute(part.child(lvl, 'pStyle'));
    into.set(level, {
      ...(style === undefined ? {} : { style }),
      start: readCounter(part.attribute(part.child(lvl, 'start')), 1),
      format: part.attribute(part.child(lvl, 'numFmt')) ?? 'decimal',
      text: part.attribute(part.child(lvl, 'lvlText')) ?? '',
    });
  }
}

/**
 * Reads `word/numbering.xml`: each `w:num` takes the levels of its `w:abstractNum`, then its `w:lvlOverride`s (a
 * new start, or whole new levels). Levels outside 0 … 8 are ignored; empty without a numbering part.
 */
export function readListDefinitions(xml: string | undefined): ListDefinitions {
  const lists = new Map<string, Map<number, ListLevel>>();
  const part = readWordXml(xml);
  if (!part) return lists;
  const abstracts = new Map<string, Map<number, ListLevel>>();
  for (const abstract of part.children(part.root, 'abstractNum')) {
    const levels = new Map<number, ListLevel>();
    readLevels(part, abstract, levels);
    abstracts.set(part.attribute(abstract, 'abstractNumId') ?? '', levels);
  }
  for (const num of part.children(part.root, 'num')) {
    const levels = new Map(abstracts.get(part.attribute(part.child(num, 'abstractNumId')) ?? '') ?? []);
    for (const override of part.children(num, 'lvlOverride')) {
      const level = readListLevel(part.attribute(override, 'ilvl') ?? '0');
      const base = level === undefined ? undefined : levels.get(level);
      const start = part.attribute(part.child(override, 'startOverride'));
      if (base && start !== undefined) levels.set(level!, { ...base, start: readCounter(start, base.start) });
      readLevels(part, override, levels);
    }
    lists.set(part.attribute(num, 'numId') ?? '', levels);
  }
  return lists;
}
