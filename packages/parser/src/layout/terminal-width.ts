import { eastAsianWidth } from 'get-east-asian-width';

/**
 * How many terminal columns the character at `code` takes: two for a wide (CJK) one, one for the rest — box drawing
 * too, as text browsers draw it outside a CJK locale. Nothing below U+1100 is wide.
 */
export function columnsOf(code: number): number {
  return code < 0x1100 ? 1 : eastAsianWidth(code, { ambiguousAsWide: false });
}

/** How many terminal columns a text takes, as a text browser wraps it at its width. */
export function terminalWidth(text: string): number {
  let width = 0;
  for (const character of text) width += columnsOf(character.codePointAt(0)!);
  return width;
}
