/** Lines `line − around` … `line + around` of a text (lines from 1, as the parser counts them), with their numbers. */
export function linesAround(text: string, line: number, around = 2): { number: number; text: string }[] {
  const lines = text.replace(/\r\n?/gu, '\n').split('\n');
  const first = Math.max(1, line - around);
  const last = Math.min(lines.length, line + around);
  const out: { number: number; text: string }[] = [];
  for (let number = first; number <= last; number++) out.push({ number, text: lines[number - 1]! });
  return out;
}

const rowNames = new Set(['TR']);
const cellNames = new Set(['TD', 'TH']);

/** The element's descendants named `names`, not looking inside nested elements named `stop` (nested tables, rows). */
function ownDescendants(root: Element, names: ReadonlySet<string>, stop: ReadonlySet<string>): Element[] {
  const found: Element[] = [];
  const stack = Array.from(root.children).reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    // hidden elements are skipped, as the parser skips them
    if (node.hasAttribute('hidden') || /display\s*:\s*none/iu.test(node.getAttribute('style') ?? '')) continue;
    if (names.has(node.tagName)) found.push(node);
    else if (!stop.has(node.tagName)) stack.push(...Array.from(node.children).reverse());
  }
  return found;
}

/**
 * The texts of the cells of row `row` of table `table` of an HTML document, numbered as the parser numbers them
 * (tables as `querySelectorAll('table')` lists them, rows and cells of that table only, from 1); `null` when the
 * document has no such row.
 */
export function htmlRowCells(html: string, table: number, row: number): string[] | null {
  const document = new DOMParser().parseFromString(html, 'text/html');
  const element = document.querySelectorAll('table')[table - 1];
  if (!element) return null;
  const rows = ownDescendants(element, rowNames, new Set(['TABLE']));
  const cells = rows[row - 1];
  if (!cells) return null;
  return ownDescendants(cells, cellNames, new Set(['TR', 'TABLE'])).map((cell) => (cell.textContent ?? '').replace(/\s+/gu, ' ').trim());
}
