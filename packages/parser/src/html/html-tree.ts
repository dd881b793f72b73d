import { OpenNames, streamMarkup, type MarkupHandler } from '../markup/parse-markup.ts';

/** Elements whose content is never shown as text. */
export const hiddenElements: ReadonlySet<string> = new Set([
  'head', 'title', 'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'math',
  'select', 'textarea', 'button', 'input',
]);

/** A node of a page's tree: an element, or a run of text (adjacent text merged, as htmlparser2's `DomHandler` does). */
export type HtmlNode = HtmlElement | string;

/**
 * An element of an HTML page, with what the layout needs of it settled once, as the page is parsed: whether a
 * browser shows its content, its number among the page's tables, and whether a table is among its descendants.
 */
export class HtmlElement {
  /** Its content in document order. */
  readonly children: HtmlNode[] = [];
  /** Whether a browser does not show its content: a hidden element, the `hidden` attribute, or `display:none`. */
  readonly hidden: boolean;
  /** For a `<table>`, its number among all the page's tables from 1, as `querySelectorAll('table')` lists them; else 0. */
  table = 0;
  /** Whether a `<table>` is among its descendants. */
  holdsTable = false;

  constructor(
    /** Tag name, lower case; `''` for the document. */
    readonly name: string,
    /** Attributes by lower-case name, as htmlparser2 reads them (the first of repeated names). */
    readonly attribs: Readonly<Record<string, string>>,
    /** The enclosing element; `null` for the document. */
    readonly parent: HtmlElement | null,
  ) {
    this.hidden =
      hiddenElements.has(name) || 'hidden' in attribs || (attribs['style'] !== undefined && /display\s*:\s*none/iu.test(attribs['style']));
  }
}

/** Builds an {@link HtmlElement} tree from htmlparser2's events, numbering tables and marking their ancestors. */
class HtmlTreeHandler implements MarkupHandler {
  readonly root = new HtmlElement('', {}, null);
  private readonly stack: HtmlElement[] = [this.root];
  private readonly open = new OpenNames(() => this.stack.slice(1).map((element) => element.name));
  private tables = 0;
  /** Whether the last event was text, which the next text then extends. */
  private inText = false;

  get depth(): number {
    return this.stack.length - 1;
  }

  isOpen(name: string): boolean {
    return this.open.has(name);
  }

  onopentag(name: string, attribs: Record<string, string>): void {
    this.inText = false;
    this.open.opened(name);
    const parent = this.stack[this.stack.length - 1]!;
    const element = new HtmlElement(name, attribs, parent);
    parent.children.push(element);
    this.stack.push(element);
    if (name !== 'table') return;
    element.table = ++this.tables;
    // Each ancestor is marked once: the climb stops at the first one already marked, or at the document.
    for (let up: HtmlElement | null = parent; up && up !== this.root && !up.holdsTable; up = up.parent) up.holdsTable = true;
  }

  onclosetag(): void {
    this.inText = false;
    if (this.stack.length === 1) return;
    this.open.closed(this.stack.pop()!.name);
  }

  ontext(data: string): void {
    const children = this.stack[this.stack.length - 1]!.children;
    if (this.inText) children[children.length - 1] += data;
    else children.push(data);
    this.inText = true;
  }

  oncomment(): void {
    this.inText = false;
  }

  onprocessinginstruction(): void {
    this.inText = false;
  }
}

/**
 * Parses an HTML page into its tree of elements and text, within the limits of `streamMarkup` (elements past 1,000
 * deep kept only when `significant`; nesting past 10,000 throws `TOO_COMPLEX`). Comments, doctypes and processing
 * instructions are left out.
 */
export function parseHtmlTree(text: string, significant: ReadonlySet<string>): HtmlElement {
  const handler = new HtmlTreeHandler();
  streamMarkup(text, 'HTML', handler, { significant });
  return handler.root;
}
