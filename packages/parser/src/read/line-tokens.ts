import type { Line } from '../layout/layout.ts';
import { tokenizeLine, type Token } from './tokens.ts';

/**
 * Each line's tokens, made once per parse. Tables whose regions hold the same lines (a document where no section
 * heading was found gives every table the whole text) share them instead of tokenising the text once per table.
 */
export class LineTokens {
  private readonly made = new Map<Line, { readonly index: number; readonly tokens: readonly Token[] }>();

  /** The tokens of `line`, the `index`th line of its table's region (tokens name their line by that index). */
  of(line: Line, index: number): readonly Token[] {
    const made = this.made.get(line);
    if (made?.index === index) return made.tokens;
    const tokens = tokenizeLine(line, index);
    this.made.set(line, { index, tokens });
    return tokens;
  }
}
