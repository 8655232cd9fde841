/**
 * What the benchmark page runs: the content script's own pipeline (knowledge, alias index,
 * article root, walk, match, mention store, Highlight marks) and the competitors, each
 * returning its timings. Loaded as a plain script so start-up (parse + JSON.parse) is measured.
 */
import bundled from 'virtual:knowledge-index';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findArticleRoot } from '@/entrypoints/news-page.content/article-root';
import { loadKnowledge, type LoadedKnowledge } from '@/entrypoints/news-page.content/knowledge';
import { Marks } from '@/entrypoints/news-page.content/mark';
import { MARK_CSS } from '@/entrypoints/news.content/mark-sheet';
import { MentionStore } from '@/entrypoints/news-page.content/mentions';
import { PageScan } from '@/entrypoints/news-page.content/page-scan';
import { Scanner } from '@/entrypoints/news-page.content/scanner';
import { buildAliasIndex, type AliasIndex } from '@/utils/matching/alias-index';
import { indexPacked, packIndex } from '@/utils/matching/packed-index';
import { compiledAliases } from '@/utils/knowledge/compile';
import type { EntityTable } from '@/utils/knowledge/entity-table';
import { mergeKnowledge } from '@/utils/knowledge/merge';
import { toPagePack } from '@/utils/knowledge/make-page-pack';
import type { PagePack } from '@/utils/knowledge/page-pack';
import type { CompiledAlias } from '@/utils/knowledge/types';
import { eachMatch } from '@/utils/matching/match';
import { createWord, nextWord } from '@/utils/matching/tokenize';
import { JudgmentCache, TextWalk } from '@/entrypoints/news-page.content/walk';
import { syntheticAliases, syntheticPack } from './synthetic';

const evaluatedAt = performance.now();

/** Every bundled alias as text, handed in by `run.mjs` (kept out of this bundle, as out of the content script). */
const benchAliases = (): CompiledAlias[] => (window as unknown as { __benchAliases: CompiledAlias[] }).__benchAliases;

interface FirstLoad {
  startupMs: number;
  indexMs: number;
  mainThreadMs: number;
  longestTaskMs: number;
  wallMs: number;
  mentions: number;
}

/** What the first load set up, for the rescan after it. */
const session = { store: new MentionStore(), knowledge: null as LoadedKnowledge | null, marks: null as Marks | null, scanner: null as Scanner | null };

function markAll(store: MentionStore, marks: Marks, entities: EntityTable): void {
  for (const m of store.takeChanges().added) if (m.active) marks.add(entities.type(m.entity), m.range);
}

/**
 * First load, as the content script does it: build the index, then the session's full scan
 * (`PageScan`: slices that yield to the page, marking after each, then the article's shadow
 * roots). With `index` (the synthetic knowledge), that index is scanned with instead.
 */
function firstLoad(startedAt: number, index?: AliasIndex): Promise<FirstLoad> {
  const t0 = performance.now();
  const knowledge = loadKnowledge();
  const indexMs = performance.now() - t0;
  const marks = new Marks(document);
  marks.ensureRegistered('underline');
  const scanner = new Scanner(session.store, index ?? knowledge.aliasIndex);
  Object.assign(session, { knowledge, scanner, marks });
  let mainThreadMs = 0;
  let longestTaskMs = 0;
  // The first slice runs in the same task as the index build, the marks' set-up and finding the article.
  let sliceStart = t0;
  return new Promise((done) => {
    const ctx = {
      setTimeout: (next: () => void) =>
        setTimeout(() => {
          sliceStart = performance.now();
          next();
        }, 0),
    } as unknown as ContentScriptContext;
    const onChanged = () => {
      markAll(session.store, marks, knowledge.entities);
      const slice = performance.now() - sliceStart;
      mainThreadMs += slice;
      longestTaskMs = Math.max(longestTaskMs, slice);
      if (scan.busy) return;
      done({
        startupMs: evaluatedAt - startedAt,
        indexMs,
        mainThreadMs,
        longestTaskMs,
        wallMs: performance.now() - t0,
        mentions: [...session.store.all()].length,
      });
    };
    const scan = new PageScan({ ctx, scanner, store: session.store, onReset: () => marks.clear(), onChanged });
    scan.full();
    // A page without an article to read has nothing more to wait for.
    if (!scan.root) onChanged();
  });
}

/**
 * Steady state: the page already scanned once; scan, match and mark it all again, with the
 * first load's knowledge, scanner and marks, as a rescan in the content script uses them
 * (a page loads its knowledge once; a second index built here made V8 throw away the
 * matcher's optimised code inside the very rescan being timed).
 */
function rescan(): { ms: number; scanMs: number; markMs: number; mentions: number } {
  const { knowledge, marks, scanner } = session;
  if (!knowledge || !marks || !scanner) throw new Error('rescan() needs a firstLoad() first');
  const t0 = performance.now();
  session.store.clear();
  marks.clear();
  scanner.scanNow(findArticleRoot(document) ?? document.body, true);
  const t1 = performance.now();
  markAll(session.store, marks, knowledge.entities);
  const t2 = performance.now();
  return { ms: t2 - t0, scanMs: t1 - t0, markMs: t2 - t1, mentions: [...session.store.all()].length };
}

/** The floor: one bare TreeWalker pass reading every text node. */
function floor(): { ms: number; chars: number } {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let chars = 0;
  while (walker.nextNode()) chars += (walker.currentNode as Text).data.length;
  return { ms: performance.now() - t0, chars };
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function strongAliases(): string[] {
  return benchAliases().filter(([, , weak]) => weak === 0).map(([text]) => text);
}

/** The naive matcher: one alternation of every alias, run over each text node. */
function naiveRegex(): { ms: number; matches: number } {
  const t0 = performance.now();
  const re = new RegExp(`\\b(?:${strongAliases().sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`, 'g');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let matches = 0;
  while (walker.nextNode()) {
    const text = (walker.currentNode as Text).data;
    re.lastIndex = 0;
    while (re.exec(text)) matches++;
  }
  return { ms: performance.now() - t0, matches };
}

/** mark.js as most highlighter extensions use it, layout of its spans included. */
function markJs(): { ms: number; matches: number } {
  const Mark = (window as unknown as { Mark: new (el: Element) => { markRegExp(re: RegExp, opts: object): void } }).Mark;
  const t0 = performance.now();
  const re = new RegExp(`\\b(?:${strongAliases().sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`, 'g');
  let matches = 0;
  new Mark(findArticleRoot(document) ?? document.body).markRegExp(re, { done: (n: number) => (matches = n) });
  void document.body.offsetHeight; // the layout its spans cause
  return { ms: performance.now() - t0, matches };
}

/**
 * A reader's pack of `count` aliases (a name and three aliases per entity) as a page loads
 * it: the parts packed at install (`PagePack`), merged with the bundled knowledge; beside it,
 * what preparing the same aliases from their text on the page would cost.
 */
function readerPack(count: number): { fromTextMs: number; storedMs: number; aliases: number; entities: number; storedBytes: number } {
  const pack = syntheticPack(count);
  const aliases = compiledAliases(pack.entities);
  // From text first, while the word reader is as cold as on a page.
  const t0 = performance.now();
  buildAliasIndex(aliases);
  const fromTextMs = performance.now() - t0;
  // As storage hands the parts over: a copy through JSON (packed by the background, untimed).
  const parts = JSON.parse(JSON.stringify(toPagePack('bench', true, pack))) as PagePack;
  const t1 = performance.now();
  mergeKnowledge(bundled, [parts]);
  const storedMs = performance.now() - t1;
  return { fromTextMs, storedMs, aliases: aliases.length, entities: pack.entities.length, storedBytes: JSON.stringify(parts).length };
}

/** Index build time and size for a synthetic dictionary of `count` aliases, from text and shipped prebuilt. */
function syntheticIndex(count: number): { buildMs: number; prebuiltMs: number; aliases: number; bytes: number } {
  const aliases = syntheticAliases(benchAliases(), count);
  const t0 = performance.now();
  buildAliasIndex(aliases);
  const buildMs = performance.now() - t0;
  // Shipped prebuilt instead, as the bundled knowledge is: packed at build time (untimed), indexed on the page.
  const packed = JSON.parse(JSON.stringify(packIndex(aliases))) as ReturnType<typeof packIndex>;
  const t1 = performance.now();
  indexPacked(packed);
  return { buildMs, prebuiltMs: performance.now() - t1, aliases: aliases.length, bytes: JSON.stringify(aliases).length };
}

/** The synthetic knowledge as the extension would ship it: packed at build time, the index type the matcher always meets on a page. */
function packedSynthetic(count: number): AliasIndex {
  return indexPacked(packIndex(syntheticAliases(benchAliases(), count)));
}

/** What the page's index ships as: the headers as strings, the hashes as JSON, the bucket texts as string literals. */
function shippedBytes(): number {
  const { buckets } = bundled.packed;
  return JSON.stringify({ ...bundled, packed: { ...bundled.packed, buckets: [] } }).length + buckets.reduce((n, b) => n + b.length + 3, 0);
}

/** The bundled index as a page loads it (packed at build time), and what preparing it from the alias texts would cost. */
function bundledIndexSize(): { buildMs: number; prepareMs: number; aliases: number; entries: number; bytes: number } {
  const t0 = performance.now();
  const index = indexPacked(bundled.packed);
  const t1 = performance.now();
  buildAliasIndex(benchAliases());
  const t2 = performance.now();
  return { buildMs: t1 - t0, prepareMs: t2 - t1, aliases: benchAliases().length, entries: index.aliasCount, bytes: shippedBytes() };
}

/** Where steady-state time goes: walk only, + tokenize, + match, + store, + marks (each cumulative). */
function profile(): Record<string, number> {
  const knowledge = loadKnowledge();
  const root = findArticleRoot(document) ?? document.body;
  const time = (fn: () => void) => {
    let best = Infinity;
    for (let i = 0; i < 15; i++) {
      const t0 = performance.now();
      fn();
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  const store = new MentionStore();
  const scanner = new Scanner(store, knowledge.aliasIndex);
  const word = createWord();
  const cache = new JudgmentCache();
  return {
    floor: time(() => floor()),
    walk: time(() => new TextWalk(root, () => undefined, cache).run()),
    tokenize: time(() =>
      new TextWalk(
        root,
        (nodes, _texts, count) => {
          for (let i = 0; i < count; i++) {
            const text = nodes[i].data;
            for (let pos = 0; nextWord(text, pos, word); ) pos = word.end;
          }
        },
        cache,
      ).run(),
    ),
    match: time(() => new TextWalk(root, (_nodes, texts, count) => eachMatch(texts, knowledge.aliasIndex, count, () => undefined), cache).run()),
    // A cleared store each time, as a rescan has (an ever-fuller one would measure something else).
    store: time(() => {
      store.clear();
      scanner.scanNow(root, true);
    }),
    marks: rescan().ms,
  };
}

function walkOnly(times: number): void {
  const root = findArticleRoot(document) ?? document.body;
  for (let i = 0; i < times; i++) new TextWalk(root, () => undefined).run();
}

Object.assign(window, {
  // The marks' rules, for run.mjs to put in fresh pages at document start, as the document_start script does.
  NewsContextBench: { markCss: MARK_CSS, firstLoad, rescan, floor, naiveRegex, markJs, syntheticIndex, packedSynthetic, readerPack, syntheticPack, bundledIndexSize, profile, walkOnly },
});
