import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findPublishedDate, isStale, localDate } from '@/utils/card/format';
import { frameFacts } from '@/utils/card/time-frame';
import { FLASH_DURATION_MS } from '@/utils/card/timing';
import type { PageEntity, PageInfo, TabMessage } from '@/utils/messages';
import { pagePacksSetting } from '@/utils/page-packs';
import { readPageStart, type EarlyRead } from '@/utils/page-start';
import { isActiveOn } from '@/utils/site-switch';
import {
  correctionsSetting,
  PAGE_SETTINGS,
  toggleCorrection,
  type Corrections,
  type PageSettings,
} from '@/utils/settings';
import { findArticleRoot } from './article-root';
import { CardCache } from './card-cache';
import { MapCache } from './map-cache';
import { CardController } from './card-controller';
import { createCardHost } from './card-host';
import { datedFits, loadKnowledge } from './knowledge';
import { Marks } from './mark';
import { MentionStore, type Mention } from './mentions';
import { PlaceContext } from './place-context';
import { orderMentions } from './order';
import { domReady, whenVisible } from './page-state';
import { PageScan } from './page-scan';
import { RemoteWords } from './remote-words';
import { TownQualifier } from './town-qualifier';
import { listenToExtension } from './tab-messages';
import type { PointerTracker } from '../news.content/pointer-tracker';
import { Scanner } from './scanner';
import { watchChanges } from './watch';

/**
 * One page's life with the extension: reads settings, scans the article, marks mentions,
 * runs the card, follows page changes, and reacts at once when the reader changes a setting.
 */
export async function runSession(ctx: ContentScriptContext, tracker: PointerTracker, early: EarlyRead | null): Promise<void> {
  const origin = location.origin;
  // One storage read, which the document_start script has usually begun already: the first marks wait for it.
  const initial = await readPageStart(early);
  let settings: PageSettings = initial.settings;
  let corrections: Corrections = initial.corrections;
  let knowledge = loadKnowledge(initial.packs);
  await domReady(ctx);
  if (!ctx.isValid) return;

  const places = new PlaceContext(() => knowledge.entities);
  const towns = new TownQualifier(() => knowledge.entities);
  const store = new MentionStore(places, towns);
  const marks = new Marks(document);
  const published = findPublishedDate(document);
  knowledge.aliasIndex.datedFits = datedFits(knowledge, published);
  const host = createCardHost(document);
  host.setTheme(settings.theme);
  ctx.onInvalidated(() => {
    marks.dispose();
    host.dispose();
  });

  const idOf = (entity: number) => knowledge.entities.id(entity) ?? '';
  const cards = new CardCache();
  const cardOf = (entity: number) => cards.get(idOf(entity));
  const maps = new MapCache();
  /** A place's locator map is asked for when the pointer rests on its name, so it is usually here when the card opens. */
  const loadMap = (m: Mention) => (typeOf(m) === 'place' ? maps.load(idOf(m.entity)) : null);
  const isMuted = (entity: number, weak: boolean) =>
    (corrections.hidden[origin]?.includes(idOf(entity)) ?? false) || (weak && (corrections.notThis[origin]?.includes(idOf(entity)) ?? false));
  const remoteWords = new RemoteWords();
  const scanner = new Scanner(store, knowledge.aliasIndex, isMuted, (hash, node) => remoteWords.note(hash, node), remoteWords.pageWords);
  let running = false;
  let stopWatching: (() => void) | null = null;

  const typeOf = (m: Mention) => knowledge.entities.type(m.entity);
  const isShown = (m: Mention) => settings.categories[typeOf(m)];

  /** Mentions the reader sees, in page order (first mention only when density says so). */
  const shownMentions = (): Mention[] => {
    const ordered = orderMentions([...store.all()].filter(isShown));
    if (settings.density === 'every') return ordered;
    const seen = new Set<number>();
    return ordered.filter((m) => !seen.has(m.entity) && seen.add(m.entity));
  };

  const syncMarks = (full: boolean) => {
    const { added, removed } = store.takeChanges();
    if (full || settings.density === 'first') {
      marks.clear();
      for (const m of shownMentions()) marks.add(typeOf(m), m.range);
    } else {
      for (const m of removed) marks.delete(typeOf(m), m.range);
      for (const m of added) if (m.active && isShown(m)) marks.add(typeOf(m), m.range);
    }
    // New marks show only if the page has left our highlights in place.
    if (added.length > 0) marks.ensureRegistered(settings.markStyle);
    controller.followRescan();
    // New marks may lie under a pointer that has not moved since.
    controller.recheckPointer();
  };

  const cardProps = (mention: Mention) => {
    const entity = cardOf(mention.entity);
    if (!entity || !isShown(mention)) return null;
    const all = [...store.all()];
    const present = new Set(all.map((m) => m.entity));
    return {
      entity,
      headingId: `news-context-card-title-${mention.id}`,
      mentionCount: all.filter((m) => m.entity === mention.entity).length,
      related: (entity.related ?? [])
        .map((id) => knowledge.entities.positionOf(id))
        .filter((p): p is number => p !== undefined && present.has(p))
        .map((p) => ({ entity: p, name: knowledge.entities.name(p) })),
      frame: frameFacts(entity.facts, published, localDate(new Date())),
      staleSince: isStale(entity.asOf, published) ? published : null,
      ambiguous: mention.weak,
      map: typeOf(mention) === 'place' ? (maps.get(entity.id) ?? null) : null,
      onOpenRelated: (p: number) => openEntity(p),
      onPrevious: () => step(-1),
      onNext: () => step(1),
      onClose: () => controller.dispatch({ type: 'ESCAPE' }),
      onHideName: () => void correctionsSetting.set(toggleCorrection(corrections, 'hidden', origin, entity.id, true)),
      onNotThis: () => void correctionsSetting.set(toggleCorrection(corrections, 'notThis', origin, entity.id, true)),
    };
  };

  const controller = new CardController({
    ctx,
    tracker,
    store,
    host,
    dwellMs: () => settings.hoverDelayMs,
    cardProps,
    whenCardLoads: (mention) => (cardOf(mention.entity) ? null : cards.load([idOf(mention.entity)])),
    onActiveMention: (m) => {
      marks.setActive(m ? m.range : null);
      // The card opened before its map came (or from the keyboard, with no dwell): add the map when it does.
      if (m && maps.get(idOf(m.entity)) === undefined) void loadMap(m)?.then((map) => map && controller.openMention === m && controller.refresh());
    },
    // Card and map are asked for when the pointer comes to rest, as Page Previews asks for its summary:
    // the dwell covers the round trip, and a page no one hovers costs no card at all.
    onDwell: (m) => {
      void cards.load([idOf(m.entity)]);
      void loadMap(m);
    },
    isEnabled: () => running,
  });

  const scan = new PageScan({
    ctx,
    scanner,
    store,
    onReset: () => {
      places.reset();
      marks.clear();
      controller.dispatch({ type: 'RESET' });
    },
    onChanged: () => syncMarks(false),
    // The gazetteer's towns come from the background after the first marks, one message a scan.
    onRead: () => {
      const asked = knowledge;
      void remoteWords.fetchInto(asked).then(({ nodes, entities, contexts, towns: located }) => {
        if (running && asked === knowledge && nodes.length > 0) {
          places.addContexts(contexts);
          towns.addTowns(located);
          scanner.scanForNew(nodes, (entity) => entities.has(entity));
          syncMarks(false);
        }
        // The scan and its gazetteer pass are read: the page's text need not stay in memory.
        places.release();
      });
    },
  });

  const reveal = (mention: Mention) => {
    const node = mention.range.startContainer.parentElement;
    node?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    controller.openByKeyboard(mention);
  };

  const openEntity = (entity: number) => {
    const first = shownMentions().find((m) => m.entity === entity);
    if (first) reveal(first);
  };

  const step = (direction: 1 | -1) => {
    const list = shownMentions();
    if (list.length === 0) return;
    const current = list.findIndex((m) => m.id === controller.openMention?.id);
    const next = current < 0 ? (direction === 1 ? 0 : list.length - 1) : (current + direction + list.length) % list.length;
    reveal(list[next]);
  };

  const start = () => {
    running = true;
    marks.ensureRegistered(settings.markStyle);
    // No work in a hidden tab: the first scan waits until the reader looks at the page.
    void whenVisible(ctx).then(() => running && scan.full());
    stopWatching = watchChanges(ctx, document.documentElement, (batch) => running && scan.apply(batch));
  };

  const stop = () => {
    running = false;
    scan.stop();
    stopWatching?.();
    stopWatching = null;
    controller.dispatch({ type: 'RESET' });
    store.clear();
    // Highlights and rules out of the page: switched off, it sees nothing of ours.
    marks.dispose();
  };

  /** Brings the page in line with the current settings. */
  const apply = (rescan: boolean) => {
    const shouldRun = isActiveOn(settings, origin);
    if (shouldRun && !running) return start();
    // Off here: nothing of ours stays in the page (the document_start script may have put the
    // marks' rules in from an answer that has changed since).
    if (!shouldRun) return running ? stop() : marks.dispose();
    controller.dispatch({ type: 'RESET' });
    marks.ensureRegistered(settings.markStyle);
    if (rescan) scan.full();
    else syncMarks(true);
  };

  for (const [key, setting] of Object.entries(PAGE_SETTINGS)) {
    const unwatch = (setting as (typeof PAGE_SETTINGS)[keyof PageSettings]).watch((value: unknown) => {
      settings = { ...settings, [key]: value };
      if (key === 'theme') host.setTheme(settings.theme);
      else if (key !== 'hoverDelayMs') apply(false);
    });
    ctx.onInvalidated(unwatch);
  }
  ctx.onInvalidated(
    correctionsSetting.watch((value) => {
      corrections = value;
      apply(true);
    }),
  );
  ctx.onInvalidated(
    pagePacksSetting.watch((packs) => {
      knowledge = loadKnowledge(packs.filter((p) => p.enabled));
      knowledge.aliasIndex.datedFits = datedFits(knowledge, published);
      // A pack's card may have changed with it; the new index has none of the background's buckets yet.
      cards.clear();
      remoteWords.reset();
      scanner.setIndex(knowledge.aliasIndex);
      apply(true);
    }),
  );

  const listEntities = (): PageEntity[] => {
    const counts = new Map<number, number>();
    for (const m of store.all()) if (isShown(m)) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    const { entities } = knowledge;
    return [...counts].map(([p, count]) => ({ id: entities.id(p), name: entities.name(p), type: entities.type(p), count }));
  };

  const handle = (message: TabMessage): PageInfo | boolean => {
    if (message.type === 'page-info') return { href: location.href, origin, running, entities: running ? listEntities() : [] };
    if (!running) return false;
    if (message.type === 'focus-entity') {
      const p = knowledge.entities.positionOf(message.id);
      const first = p === undefined ? undefined : shownMentions().find((m) => m.entity === p);
      if (!first) return false;
      marks.setActive(first.range);
      ctx.setTimeout(() => controller.openMention !== first && marks.setActive(controller.openMention?.range ?? null), FLASH_DURATION_MS);
      reveal(first);
      return true;
    }
    if (message.command === 'open-first-card') {
      const first = shownMentions()[0];
      if (first) reveal(first);
      return first !== undefined;
    }
    step(message.command === 'next-mention' ? 1 : -1);
    return true;
  };

  listenToExtension(ctx, handle);

  // A client-side route change: the DOM changes are already being followed; rescan only when
  // the article itself was replaced, so an open card is not torn down for nothing.
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    if (running && findArticleRoot(document) !== scan.root) scan.full();
  });
  // Pages can clear or replace CSS.highlights, and no event says so: ours go back whenever the
  // reader moves, scrolls or comes back to the tab. No timer: an idle page costs nothing.
  const restoreHighlights = () => running && marks.ensureRegistered(settings.markStyle);
  tracker.onPointer(restoreHighlights);
  tracker.onScroll(restoreHighlights);
  ctx.addEventListener(document, 'visibilitychange', () => document.visibilityState === 'visible' && restoreHighlights());
  ctx.addEventListener(window, 'focus', restoreHighlights);
  apply(false);
}
