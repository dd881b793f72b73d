import { isPlaceholder, type Cell } from '@disclosure/core';

/** What a person typed into a cell, read as the model reads a printed cell. */
export type CellInput =
  | { readonly ok: true; readonly value: Cell; readonly printed?: string }
  | { readonly ok: false };

/**
 * Reads typed text: blank → `null`; a placeholder (core's `isPlaceholder`: `/`, `—`, `无` …) → `null` with the
 * text kept as printed; a number (full-width digits and thousands separators allowed) → that number, with the
 * text kept when it prints more than the number does (`7545.00`, whose trailing zeros set the precision money
 * is compared at).
 */
export function readCellText(text: string): CellInput {
  const trimmed = text.replace(/\s+/gu, '');
  if (trimmed === '') return { ok: true, value: null };
  if (isPlaceholder(trimmed)) return { ok: true, value: null, printed: trimmed };
  const ascii = trimmed
    .replace(/[０-９．－]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,，]/gu, '');
  if (!/^-?\d+(\.\d+)?$/u.test(ascii)) return { ok: false };
  const value = Number(ascii);
  return String(value) === trimmed ? { ok: true, value } : { ok: true, value, printed: trimmed };
}
