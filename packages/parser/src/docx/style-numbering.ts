import { readListLevel, readWordXml } from './word-xml.ts';

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
  const part = readWordXml(xml);
  for (const style of part?.children(part.root, 'style') ?? []) {
    const numPr = part!.child(part!.child(style, 'pPr'), 'numPr');
    const numId = part!.attribute(part!.child(numPr, 'numId'));
    const level = readListLevel(part!.attribute(part!.child(numPr, 'ilvl')));
    const basedOn = part!.attribute(part!.child(style, 'basedOn'));
    found.set(part!.attribute(style, 'styleId') ?? '', {
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
