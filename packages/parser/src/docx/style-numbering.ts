import { readListLevel } from './list-values.ts';
import { parseWordTree } from './word-tree.ts';

/** The list a paragraph style numbers its paragraphs with (`w:numPr` in the style's `w:pPr`). */
export interface StyleNumbering {
  readonly numId?: string;
  readonly level?: number;
}

interface StyleEntry extends StyleNumbering {
  readonly basedOn?: string;
}

/**
 * Reads `word/styles.xml` into a lookup: the numbering of a paragraph style, its own `w:numPr`, else its `w:basedOn`
 * style's (each style visited once, so a cycle of `basedOn` ends). `{}` for styles without numbering.
 */
export function readStyleNumbering(xml: string | undefined): (styleId: string) => StyleNumbering {
  const found = new Map<string, StyleEntry>();
  for (const style of parseWordTree(xml)?.elements('style') ?? []) {
    const numPr = style.child('pPr')?.child('numPr');
    const numId = numPr?.child('numId')?.attribute();
    const level = readListLevel(numPr?.child('ilvl')?.attribute());
    const basedOn = style.child('basedOn')?.attribute();
    found.set(style.attribute('styleId') ?? '', {
      ...(numId === undefined ? {} : { numId }),
      ...(level === undefined ? {} : { level }),
      ...(basedOn === undefined ? {} : { basedOn }),
    });
  }
  return (styleId) => {
    const seen = new Set<string>();
    for (let id: string | undefined = styleId; id !== undefined && !seen.has(id); id = found.get(id)?.basedOn) {
      seen.add(id);
      const style = found.get(id);
      if (style?.numId !== undefined) return style;
    }
    return {};
  };
}
