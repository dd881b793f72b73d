import { Parser, type Handler } from 'htmlparser2';
import { spendEvery } from '../budget.ts';
import { ParseError } from '../errors.ts';

/**
 * Default deepest nesting of elements accepted (after the HTML parser's implied closes); deeper throws
 * `TOO_COMPLEX`. Pages nest a few dozen deep; 2,000 tables nested in each other reach 6,000.
 */
export const maxNesting = 10_000;
/** Below this depth every element is kept; deeper, only the `significant` ones (see {@link streamMarkup}). */
const keptNesting = 1_000;
/**
 * Below this depth a closing tag goes straight to the parser, whose search of the open elements is then short; deeper,
 * one that closes nothing is dropped first (a closing tag that closes nothing changes nothing in the tree).
 */
const searchedNesting = 64;

/** What {@link BoundedParser} needs of the handler that builds its tree: how deep it is, and which names are open. */
export interface MarkupHandler extends Partial<Handler> {
  /** How many elements are open. */
  readonly depth: number;
  /** Whether an element named `name` is open (a closing tag for it closes something). */
  isOpen(name: string): boolean;
}

/**
 * Counts the open elements of each name, for a {@link MarkupHandler}'s `isOpen`. Counting starts at the first
 * question, from the names open then (only a page nested 64 deep asks, see {@link streamMarkup}); until then,
 * opening and closing elements cost nothing.
 */
export class OpenNames {
  private counts: Map<string, number> | null = null;

  /** `openNow`: the names of the elements open at the moment it is called. */
  constructor(private readonly openNow: () => Iterable<string>) {}

  /** An element named `name` opened. */
  opened(name: string): void {
    this.counts?.set(name, (this.counts.get(name) ?? 0) + 1);
  }

  /** An element named `name` closed. */
  closed(name: string): void {
    this.counts?.set(name, (this.counts.get(name) ?? 1) - 1);
  }

  /** Whether an element named `name` is open. */
  has(name: string): boolean {
    if (this.counts === null) {
      this.counts = new Map();
      for (const open of this.openNow()) this.opened(open);
    }
    return (this.counts.get(name) ?? 0) > 0;
  }
}

/**
 * htmlparser2's parser, kept linear. It holds its open elements in an array it shifts at every tag and searches at
 * every closing tag, so depth costs time at each later tag: deeper than 1,000, tags that do not matter to the
 * reader are dropped (their content stays, in the enclosing element); with 64 or more elements open, closing tags
 * that close nothing are dropped before the parser searches for them; deeper than the limit, the input is refused.
 * Each opening tag is charged to the read's budget (`spendEvery`), so a page or part that inflates to megabytes of
 * tags stops midway on `timeoutMs`.
 */
class BoundedParser extends Parser {
  private tags = 0;

  constructor(
    private readonly text: string,
    private readonly handler: MarkupHandler,
    private readonly what: string,
    private readonly significant: ReadonlySet<string> | undefined,
    private readonly xmlMode: boolean,
    private readonly deepest: number,
  ) {
    super(handler, { xmlMode });
  }

  private tagName(start: number, endIndex: number): string {
    const name = this.text.slice(start, endIndex);
    return this.xmlMode ? name : name.toLowerCase();
  }

  override onopentagname(start: number, endIndex: number): void {
    spendEvery(this.tags++);
    const depth = this.handler.depth;
    if (depth >= this.deepest) {
      throw new ParseError(
        'TOO_COMPLEX',
        `${this.what} 的元素嵌套超过 ${this.deepest} 层 (the ${this.what}'s elements nest more than ${this.deepest} deep)`,
      );
    }
    // Not opening the tag leaves the parser with no tag in progress: its attributes and end are then ignored.
    if (depth >= keptNesting && this.significant && !this.significant.has(this.tagName(start, endIndex))) return;
    super.onopentagname(start, endIndex);
  }

  override onclosetag(start: number, endIndex: number): void {
    if (this.handler.depth < searchedNesting) {
      super.onclosetag(start, endIndex);
      return;
    }
    const name = this.tagName(start, endIndex);
    // `</p>` and `</br>` with nothing to close still make an element in HTML.
    if (!this.handler.isOpen(name) && (this.xmlMode || (name !== 'p' && name !== 'br'))) return;
    super.onclosetag(start, endIndex);
  }
}

/** Options of {@link streamMarkup}. */
export interface MarkupOptions {
  /** Parse as XML (case kept, no HTML rules); default HTML. */
  readonly xmlMode?: boolean;
  /** Elements that matter to the reader (blocks, tables, hidden content): kept at any depth; default all. */
  readonly significant?: ReadonlySet<string>;
  /** Deepest nesting accepted; default {@link maxNesting} (10,000). */
  readonly maxNesting?: number;
}

/**
 * Runs htmlparser2 over `text` with `handler` receiving its events, in time linear in the input: elements nested
 * deeper than 1,000 are kept only when `significant`, and nesting deeper than `options.maxNesting` (default 10,000)
 * throws `ParseError` `TOO_COMPLEX`. `what` names the document in that message (`HTML`, `DOCX`).
 */
export function streamMarkup(text: string, what: string, handler: MarkupHandler, options: MarkupOptions = {}): void {
  const deepest = options.maxNesting ?? maxNesting;
  new BoundedParser(text, handler, what, options.significant, options.xmlMode ?? false, deepest).end(text);
}
