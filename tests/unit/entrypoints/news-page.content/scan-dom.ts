import { findArticleRoot } from '@/entrypoints/news-page.content/article-root';
import { MentionStore } from '@/entrypoints/news-page.content/mentions';
import { orderMentions } from '@/entrypoints/news-page.content/order';
import { Scanner } from '@/entrypoints/news-page.content/scanner';
import { buildAliasIndex } from '@/utils/matching/alias-index';
import type { CompiledAlias } from '@/utils/knowledge/types';

/** Scans `html` like the content script and returns what would be marked, in page order. */
export function scanHtml(html: string, entries: Record<string, string[]>, prepare?: (doc: Document) => void): string[] {
  document.open();
  document.write(html);
  document.close();
  prepare?.(document);
  const names = Object.keys(entries);
  const aliases: CompiledAlias[] = names.flatMap((name, i) =>
    [name, ...entries[name]].map((a): CompiledAlias => (a.startsWith('~') ? [a.slice(1), i, 1] : [a, i, 0])),
  );
  const store = new MentionStore();
  const scanner = new Scanner(store, buildAliasIndex(aliases));
  const root = findArticleRoot(document) ?? document.body;
  scanner.scanNow(root);
  scanner.scanShadowRoots(root);
  return orderMentions([...store.all()]).map((m) => {
    const range = document.createRange();
    range.setStart(m.range.startContainer, m.range.startOffset);
    range.setEnd(m.range.endContainer, m.range.endOffset);
    const text = m.range.startContainer === m.range.endContainer ? (m.range.startContainer as Text).data.slice(m.range.startOffset, m.range.endOffset) : range.toString();
    return `${names[m.entity]}=${text}`;
  });
}
