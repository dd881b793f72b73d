import { spendEvery } from '../budget.ts';
import type { HtmlNode } from './html-tree.ts';

/**
 * Visits the descendants of `root` in document order without recursion: pages with thousands of unclosed inline
 * tags nest deeper than the call stack. `enter` returns whether to visit the node's children; `exit` runs after
 * them, only for nodes that were entered. Each node visited is charged to the read's budget (`spendEvery`).
 */
export function walkTree(root: HtmlNode, enter: (node: HtmlNode) => boolean, exit?: (node: HtmlNode) => void): void {
  // Two stacks in step, nodes and whether each is being left, so that a visit allocates nothing.
  const nodes: HtmlNode[] = [];
  const leaving: boolean[] = [];
  const push = (node: HtmlNode): void => {
    if (typeof node === 'string') return;
    const list = node.children;
    for (let i = list.length - 1; i >= 0; i--) {
      nodes.push(list[i]!);
      leaving.push(false);
    }
  };
  push(root);
  let passes = 0;
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    spendEvery(passes++);
    if (leaving.pop()) exit?.(node);
    else if (enter(node)) {
      if (exit) {
        nodes.push(node);
        leaving.push(true);
      }
      push(node);
    }
  }
}
