import type { RowCells } from './split-values.ts';
import type { ValueToken } from './tokens.ts';

/** Orders of a row's figures looked at, at most: table 3's seven distinct figures have 5,040. */
const maxOrders = 5_040;

/**
 * Every distinct order of a row's figures, for a row whose figures stand on lines of their own: a PDF viewer's text
 * gives them in the order the PDF drew them, which is not always its columns' (a total drawn first, a figure wrapped
 * higher in its cell). `null` where a cell is blank or holds no number (where it stands in the row cannot be told), or
 * where the orders would be more than {@link maxOrders}.
 */
export function everyOrder(cells: readonly (ValueToken | null)[]): RowCells[] | null {
  const values: number[] = [];
  for (const token of cells) {
    if (token === null || token.value === null || token.printed === '') return null;
    values.push(token.value);
  }
  values.sort((a, b) => a - b);
  const orders: RowCells[] = [];
  // the next permutation in lexicographic order, from the sorted figures: each distinct order once
  for (;;) {
    orders.push([...values]);
    if (orders.length > maxOrders) return null;
    let i = values.length - 2;
    while (i >= 0 && values[i]! >= values[i + 1]!) i--;
    if (i < 0) return orders;
    let j = values.length - 1;
    while (values[j]! <= values[i]!) j--;
    [values[i], values[j]] = [values[j]!, values[i]!];
    values.splice(i + 1, values.length - i - 1, ...values.slice(i + 1).reverse());
  }
}
