import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { HUGE_BATCH_NODES, LIVE_SCAN_MAX_DELAY_MS } from '@/utils/card/timing';
import { OWN_UI_ATTRIBUTE } from './skip';

/** What changed on the page since the last flush, deduplicated. */
export interface ChangeBatch {
  /** Nodes added (elements or text) that may hold new names. */
  added: Set<Node>;
  /** Text nodes whose text changed in place. */
  changedText: Set<Text>;
  /** Something was removed: mentions may point at detached text. */
  removed: boolean;
  /** Too much changed to be worth handling node by node. */
  huge: boolean;
  /** An attribute that decides what is skipped changed (an element hidden, made editable…). */
  skipAttributesChanged: boolean;
}

/** Attributes `isSkippedElement` reads. */
const SKIP_ATTRIBUTES = ['class', 'id', 'hidden', 'contenteditable', 'aria-hidden', 'aria-label'];

const isOwnUi = (node: Node) => node.nodeType === 1 && (node as Element).hasAttribute(OWN_UI_ATTRIBUTE);

/**
 * Watches `target` for changes the way Dark Reader and uBlock Origin do: the observer
 * callback only queues records; the work happens later, on an idle callback (within
 * LIVE_SCAN_MAX_DELAY_MS), and not at all while the tab is hidden.
 */
export function watchChanges(ctx: ContentScriptContext, target: Node, onBatch: (batch: ChangeBatch) => void): () => void {
  let queue: MutationRecord[] = [];
  let scheduled = false;
  let stopped = false;

  const flush = () => {
    scheduled = false;
    if (stopped || queue.length === 0) return;
    if (document.hidden) return; // caught up on visibilitychange
    const records = queue;
    queue = [];
    onBatch(summarise(records));
  };

  const schedule = () => {
    if (scheduled || document.hidden) return;
    scheduled = true;
    ctx.requestIdleCallback(flush, { timeout: LIVE_SCAN_MAX_DELAY_MS });
  };

  const observer = new MutationObserver((records) => {
    queue.push(...records);
    schedule();
  });
  observer.observe(target, { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: SKIP_ATTRIBUTES });
  ctx.addEventListener(document, 'visibilitychange', () => {
    if (!document.hidden) schedule();
  });

  const stop = () => {
    stopped = true;
    observer.disconnect();
    queue = [];
  };
  ctx.onInvalidated(stop);
  return stop;
}

function summarise(records: MutationRecord[]): ChangeBatch {
  const batch: ChangeBatch = { added: new Set(), changedText: new Set(), removed: false, huge: false, skipAttributesChanged: false };
  let count = 0;
  for (const record of records) {
    if (record.type === 'attributes') {
      if (!isOwnUi(record.target)) batch.skipAttributesChanged = true;
      continue;
    }
    if (record.type === 'characterData') {
      if (record.target.nodeType === 3) batch.changedText.add(record.target as Text);
      continue;
    }
    if (record.removedNodes.length > 0) batch.removed = true;
    for (const node of record.addedNodes) {
      if (isOwnUi(node) || (node.parentElement && node.parentElement.closest(`[${OWN_UI_ATTRIBUTE}]`))) continue;
      batch.added.add(node);
      if (++count > HUGE_BATCH_NODES) batch.huge = true;
    }
  }
  return batch;
}
