import { OpenNames, streamMarkup, type MarkupHandler } from '../markup/parse-markup.ts';

const wordNamespaces = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);

/** Run content that stands for a character: a tab, a line break, a non-breaking hyphen (`w:t` stands for its text). */
const runCharacters: ReadonlyMap<string, string> = new Map([
  ['tab', '\t'],
  ['ptab', '\t'],
  ['br', '\n'],
  ['cr', '\n'],
  ['noBreakHyphen', '-'],
]);

/**
 * Elements no reader looks into and whose content is never shown: run, table and section properties, deleted text,
 * field instructions. Paragraph, row and cell properties (`w:pPr`, `w:trPr`, `w:tcPr`) are kept: list numbers and
 * the table grid are read from them.
 */
const unreadElements = new Set(['rPr', 'tblPr', 'sectPr', 'del', 'moveFrom', 'delText', 'instrText', 'fldData']);

/**
 * A node of a WordprocessingML part: an element, or the text that run content shows (`w:t`'s text, `w:tab` as a
 * tab …), adjacent pieces merged.
 */
export type WordNode = WordElement | string;

const noAttributes: Readonly<Record<string, string>> = Object.freeze({});

/**
 * An element of a WordprocessingML part, with what the readers need settled once, as the part is parsed: its local
 * name in the part's Word namespace, its Word attributes by local name, its number among the part's tables, and
 * whether a table is among its descendants.
 */
export class WordElement {
  /** Its content in document order, without the elements no reader looks into (see {@link parseWordTree}). */
  readonly children: WordNode[] = [];
  /** For a `w:tbl`, its number among all the part's `w:tbl` from 1, in document order (nested ones included); else 0. */
  table = 0;
  /** Whether a `w:tbl` is among its descendants, read or not. */
  holdsTable = false;

  constructor(
    /** Qualified name, as written (`w:p`, `mc:AlternateContent`). */
    readonly name: string,
    /** Local name when in the part's Word namespace (`p`); `null` for another namespace. */
    readonly local: string | null,
    /** Attributes in the part's Word namespace, by local name (`val` for `w:val`); the first of repeated names. */
    readonly attributes: Readonly<Record<string, string>>,
  ) {}

  /** The first child element named `local` in the Word namespace. */
  child(local: string): WordElement | undefined {
    for (const node of this.children) if (typeof node !== 'string' && node.local === local) return node;
    return undefined;
  }

  /** The child elements named `local` in the Word namespace. */
  elements(local: string): WordElement[] {
    return this.children.filter((node): node is WordElement => typeof node !== 'string' && node.local === local);
  }

  /** The Word attribute `local` (default `val`, for `w:val`). */
  attribute(local = 'val'): string | undefined {
    return Object.hasOwn(this.attributes, local) ? this.attributes[local] : undefined;
  }
}

/** The prefix a part binds to the WordprocessingML namespace on its root element (`w` in practice). */
function findWordPrefix(attribs: Record<string, string>): string {
  for (const [name, value] of Object.entries(attribs)) {
    if (wordNamespaces.has(value)) return name === 'xmlns' ? '' : name.slice('xmlns:'.length);
  }
  return 'w';
}

/** A qualified name's local part when its prefix (before the first colon) is `prefix`; else `null`. */
function localName(name: string, prefix: string): string | null {
  const colon = name.indexOf(':');
  return (colon === -1 ? '' : name.slice(0, colon)) === prefix ? name.slice(colon + 1) : null;
}

/**
 * Builds a {@link WordElement} tree from htmlparser2's events. What no reader looks at is dropped as it arrives
 * (the elements of `unreadElements`, `mc:Fallback` copies, anything inside run content), and runs of plain text
 * become text, so a paragraph of megabytes of runs keeps one string; tables are numbered and their ancestors marked
 * on the way, dropped ones included, so that numbers and `holdsTable` are those of the whole part.
 */
class WordTreeHandler implements MarkupHandler {
  /** Holds the part's top-level elements. */
  readonly document = new WordElement('', null, noAttributes);
  /** The open elements; `null` where an element (or one around it) is dropped. */
  private readonly stack: Array<WordElement | null> = [this.document];
  /** The names of the open elements, in step with `stack`. */
  private readonly names: string[] = [''];
  private readonly open = new OpenNames(() => this.names.slice(1));
  /** Each qualified name's local one, resolved once. */
  private readonly locals = new Map<string, string | null>();
  /** The Word prefix, set by the root element. */
  private prefix: string | undefined;
  private tables = 0;
  /** While a `w:t` is the innermost open element: the element its text goes to. */
  private textOf: WordElement | null = null;
  /** Depth at which that `w:t` is open. */
  private textDepth = -1;
  private inCdata = false;

  get depth(): number {
    return this.stack.length - 1;
  }

  isOpen(name: string): boolean {
    return this.open.has(name);
  }

  private local(name: string, prefix: string): string | null {
    let local = this.locals.get(name);
    if (local === undefined) {
      local = localName(name, prefix);
      this.locals.set(name, local);
    }
    return local;
  }

  private attributes(attribs: Record<string, string>, prefix: string): Readonly<Record<string, string>> {
    let out: Record<string, string> | undefined;
    for (const name in attribs) {
      const local = localName(name, prefix);
      if (local === null) continue;
      out ??= {};
      out[local] = attribs[name]!;
    }
    return out ?? noAttributes;
  }

  onopentag(name: string, attribs: Record<string, string>): void {
    const parent = this.stack[this.stack.length - 1]!;
    this.prefix ??= findWordPrefix(attribs);
    const local = this.local(name, this.prefix);
    this.names.push(name);
    this.open.opened(name);
    let element: WordElement | null = null;
    if (parent === null) {
      // Inside dropped content: nothing is kept.
    } else if (parent !== this.document && local === 't') {
      this.textOf = parent;
      this.textDepth = this.stack.length;
    } else if (parent !== this.document && local !== null && runCharacters.has(local)) {
      append(parent, runCharacters.get(local)!);
    } else if (parent === this.document || !((local !== null && unreadElements.has(local)) || name.endsWith(':Fallback'))) {
      element = new WordElement(name, local, this.attributes(attribs, this.prefix));
      parent.children.push(element);
    }
    this.stack.push(element);
    if (local === 'tbl') this.countTable(element);
  }

  /** Numbers a table, and marks its kept ancestors as holding one (each once: the climb stops at one marked). */
  private countTable(table: WordElement | null): void {
    this.tables++;
    if (table) table.table = this.tables;
    for (let i = this.stack.length - 2; i > 0; i--) {
      const up = this.stack[i];
      if (!up) continue;
      if (up.holdsTable) break;
      up.holdsTable = true;
    }
  }

  onclosetag(): void {
    if (this.stack.length === 1) return;
    if (this.stack.length - 1 === this.textDepth) {
      this.textOf = null;
      this.textDepth = -1;
    }
    const element = this.stack.pop();
    this.open.closed(this.names.pop()!);
    if (element?.local === 'r') this.inlineRun(element);
  }

  /**
   * Replaces a run of nothing but text by that text: no reader looks a run up by name, they only read its text
   * through, so the part keeps one string per paragraph where it had an element and a string per run.
   */
  private inlineRun(run: WordElement): void {
    const content = run.children;
    if (content.length > 1 || typeof content[0] === 'object') return;
    const parent = this.stack[this.stack.length - 1]!;
    parent.children.pop();
    if (content.length === 1) append(parent, content[0] as string);
  }

  ontext(data: string): void {
    // Only the text directly inside a `w:t` is shown; a CDATA section in it is not text to Word.
    if (this.textOf && this.stack.length - 1 === this.textDepth && !this.inCdata) append(this.textOf, data);
  }

  oncdatastart(): void {
    this.inCdata = true;
  }

  oncdataend(): void {
    this.inCdata = false;
  }
}

/** Adds shown text to an element, extending the text before it. */
function append(element: WordElement, text: string): void {
  const children = element.children;
  const last = children.length - 1;
  if (last >= 0 && typeof children[last] === 'string') children[last] += text;
  else children.push(text);
}

/** Options of {@link parseWordTree}. */
export interface WordTreeOptions {
  /** Deepest nesting accepted; deeper throws `TOO_COMPLEX`. Default that of `streamMarkup` (10,000). */
  readonly maxNesting?: number;
}

/**
 * Parses a WordprocessingML part (`document.xml`, `numbering.xml`, `styles.xml`) into the tree of its root element,
 * its first element; `undefined` for a missing or empty part. Names resolve against the prefix the root binds to
 * the Word namespace (`w` when it binds none). Run content is text: `w:t` its own text (not that of a CDATA section
 * or of elements inside it), `w:tab`/`w:ptab` a tab, `w:br`/`w:cr` a line break, `w:noBreakHyphen` a hyphen.
 * Left out, as never read: run, table and section properties, deleted and moved-away content, field instructions,
 * `mc:Fallback` copies, comments and processing instructions. Parsing is charged to the read's budget and nesting
 * deeper than `options.maxNesting` throws `TOO_COMPLEX` (see `streamMarkup`).
 */
export function parseWordTree(xml: string | undefined, options: WordTreeOptions = {}): WordElement | undefined {
  if (!xml) return undefined;
  const handler = new WordTreeHandler();
  streamMarkup(xml, 'DOCX', handler, { xmlMode: true, ...(options.maxNesting === undefined ? {} : { maxNesting: options.maxNesting }) });
  return handler.document.children.find((node): node is WordElement => typeof node !== 'string');
}
