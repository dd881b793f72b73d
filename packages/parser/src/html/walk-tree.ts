import type { AnyNode } from 'domhandler';
import { spendEvery } from '../budget.ts';

function children(node: AnyNode): readonly AnyNode[] {
  return 'children' in node ? node.children : [];
}

/**
 * Visits the descendants of `root` in document order without recursion: pages with thousands of unclosed inline
 * tags nest deeper than the call stack. `enter` returns whether to visit the node's children; `exit` runs after
 * them, only for nodes that were entered. Each node visited is charged to the read's budget (`spendEvery`).
 */
export function walkTree(root: AnyNode, enter: (node: AnyNode) => boolean, exit?: (node: AnyNode) => void): void {
  const stack: Array<{ node: AnyNode; leaving: boolean }> = [];
  const push = (node: AnyNode): void => {
    const list = children(node);
    for (let i = list.length - 1; i >= 0; i--) stack.push({ node: list[i]!, leaving: false });
  };
  push(root);
  let passes = 0;
  for (let item = stack.pop(); item; item = stack.pop()) {
    spendEvery(passes++);
    if (item.leaving) exit?.(item.node);
    else if (enter(item.node)) {
      if (exit) stack.push({ node: item.node, leaving: true });
      push(item.node);
    }
  }
}
