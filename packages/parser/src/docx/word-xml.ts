import { isTag, type AnyNode, type Element } from 'domhandler';
import { parseMarkup } from '../markup/parse-markup.ts';

const wordNamespaces = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

/** The prefix a part binds to the WordprocessingML namespace on its root element (`w` in practice). */
export function findWordPrefix(root: Element): string {
  for (const [name, value] of Object.entries(root.attribs)) {
    if (wordNamespaces.has(value)) return name === 'xmlns' ? '' : name.slice('xmlns:'.length);
  }
  return 'w';
}

/** Child elements of a WordprocessingML part's element, looked up by local name under the part's own prefix. */
export interface WordXml {
  /** The part's root element. */
  readonly root: Element;
  /** The element children of `node` (none for `undefined`). */
  elements(node: AnyNode | undefined): Element[];
  /** The first child of `node` named `local`. */
  child(node: Element | undefined, local: string): Element | undefined;
  /** The children of `node` named `local`. */
  children(node: Element | undefined, local: string): Element[];
  /** The attribute `local` (`w:val` by default) of `node`. */
  attribute(node: Element | undefined, local?: string): string | undefined;
}

/** Parses a WordprocessingML part (`numbering.xml`, `styles.xml`); `undefined` for a missing or empty part. */
export function readWordXml(xml: string | undefined): WordXml | undefined {
  if (!xml) return undefined;
  const root = parseMarkup(xml, 'DOCX', { xmlMode: true }).children.find(isTag);
  if (!root) return undefined;
  const prefix = findWordPrefix(root);
  const name = (local: string): string => (prefix ? `${prefix}:${local}` : local);
  const elements = (node: AnyNode | undefined): Element[] => (node && 'children' in node ? node.children.filter(isTag) : []);
  return {
    root,
    elements,
    child: (node, local) => elements(node).find((e) => e.name === name(local)),
    children: (node, local) => elements(node).filter((e) => e.name === name(local)),
    attribute: (node, local = 'val') => node?.attribs[name(local)],
  };
}

/** Highest list level Word defines (`w:ilvl` 0 … 8). */
const maxListLevel = 8;

/** A list level (`w:ilvl`) as a number 0 … 8; `undefined` when absent or outside that range. */
export function readListLevel(value: string | undefined): number | undefined {
  if (value === undefined || !/^\s*\d{1,2}\s*$/u.test(value)) return undefined;
  const level = Number(value);
  return level <= maxListLevel ? level : undefined;
}

/**
 * A list counter start (`w:start`, `w:startOverride`) as a non-negative integer; `fallback` when absent, not a
 * number, or past `Number.MAX_SAFE_INTEGER` (where counting on would repeat numbers).
 */
export function readCounter(value: string | undefined, fallback: number): number {
  if (value === undefined || !/^\s*\d{1,16}\s*$/u.test(value)) return fallback;
  const counter = Number(value);
  return Number.isSafeInteger(counter) ? counter : fallback;
}
