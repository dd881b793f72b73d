import { countDigits, type ValueToken } from './tokens.ts';

/**
 * Digits a table cell holds on one line in any print: the narrowest seen (a browser's print of a table on A5) wraps
 * five-digit figures as `606` over `86`, and none wraps two digits.
 */
const unwrappedDigits = 2;

/** True when no value has a place: text with no grid and no position on a page (a PDF viewer's copy). */
export function withoutPlaces(tokens: readonly ValueToken[]): boolean {
  return tokens.every((token) => token.column === undefined && !token.x);
}

/**
 * True when one of `tokens` may be the first line of a figure wrapped in its narrow cell, wider than
 * {@link unwrappedDigits}: text without places gives the parts of such a figure as two figures (`606` `86`), on one
 * line or two, so their count is not the count of the cells.
 */
export function mayBeWrapped(tokens: readonly ValueToken[]): boolean {
  return tokens.some((token) => countDigits(token.printed) > unwrappedDigits);
}
