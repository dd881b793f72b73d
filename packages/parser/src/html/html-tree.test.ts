import { describe, expect, it } from 'vitest';
import { ParseError } from '../errors.ts';
import { HtmlElement, parseHtmlTree, type HtmlNode } from './html-tree.ts';

const significant = new Set(['table', 'tr', 'td', 'div', 'p', 'pre']);

/** The elements of the tree in document order. */
function elements(root: HtmlElement): HtmlElement[] {
  const out: HtmlElement[] = [];
  const stack: HtmlNode[] = [...root.children].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (typeof node === 'string') continue;
    out.push(node);
    stack.push(...[...node.children].reverse());
  }
  return out;
}

describe('parseHtmlTree', () => {
  it('merges adjacent text as htmlparser2 reports it, and keeps text apart across comments and instructions', () => {
    const root = parseHtmlTree('<p>a&amp;b<!-- c -->d<?x?>e</p>', significant);
    expect(root.name).toBe('');
    expect(root.children).toHaveLength(1);
    expect((root.children[0] as HtmlElement).children).toEqual(['a&b', 'd', 'e']);
  });

  it('numbers tables in document order, nested ones included, and marks every ancestor of a table', () => {
    const root = parseHtmlTree('<div><table><tr><td><div><table></table></div></td><td>1</td></tr></table></div><table></table>', significant);
    const all = elements(root);
    expect(all.filter((element) => element.name === 'table').map((table) => table.table)).toEqual([1, 2, 3]);
    expect(all.filter((element) => element.holdsTable).map((element) => element.name)).toEqual(['div', 'table', 'tr', 'td', 'div']);
    expect(root.holdsTable).toBe(false);
  });

  it('settles whether a browser hides an element: by name, by the hidden attribute, by display:none', () => {
    const root = parseHtmlTree('<script>x</script><div hidden>a</div><div style="color:red; DISPLAY : none">b</div><div style="display:block">c</div>', significant);
    expect(elements(root).map((element) => element.hidden)).toEqual([true, true, true, false]);
  });

  it('links each element to its parent', () => {
    const root = parseHtmlTree('<table><tr><td>1</td></tr></table>', significant);
    const [table, row, cell] = elements(root);
    expect(cell!.parent).toBe(row);
    expect(row!.parent).toBe(table);
    expect(table!.parent).toBe(root);
  });

  it('refuses nesting past the limit with TOO_COMPLEX, without recursion', () => {
    expect(() => parseHtmlTree('<div>'.repeat(10_001), significant)).toThrow(ParseError);
  });
});
