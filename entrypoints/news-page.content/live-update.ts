import type { MentionStore } from './mentions';
import type { ChangeBatch } from './watch';
import { isInsideSkipped } from './skip';
import { isBlock } from './walk';

/** The block that holds `node`: a name can span inline elements, so the whole block is rescanned. */
function blockOf(node: Node, root: Node): Node {
  let current: Node | null = node.nodeType === 3 ? node.parentNode : node;
  while (current && current !== root && !isBlock(current)) current = current.parentNode;
  return current ?? root;
}

function textNodesIn(node: Node): Text[] {
  if (node.nodeType === 3) return [node as Text];
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  const out: Text[] = [];
  while (walker.nextNode()) out.push(walker.currentNode as Text);
  return out;
}

/**
 * Turns a batch of page changes into the few blocks worth rescanning, forgetting the mentions
 * they held (they are found again) and any whose text left the page.
 */
export function blocksToRescan(batch: ChangeBatch, root: Node, store: MentionStore): Node[] {
  if (batch.removed) store.forgetDisconnected();
  const blocks = new Set<Node>();
  for (const node of [...batch.added, ...batch.changedText]) {
    if (!node.isConnected || !root.contains(node) || isInsideSkipped(node, root)) continue;
    blocks.add(blockOf(node, root));
  }
  // Keep only the outermost blocks: scanning a parent covers its children.
  const outermost = [...blocks].filter((block) => {
    for (let p = block.parentNode; p && p !== root.parentNode; p = p.parentNode) if (blocks.has(p)) return false;
    return true;
  });
  for (const block of outermost) store.forgetNodes(textNodesIn(block));
  return outermost;
}
