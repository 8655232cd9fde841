import type { Fact } from '../knowledge/types';
import { isFormer, isMomentFact } from './format';

/**
 * Where a fact stands relative to the card's frame date (the article's publication date, or
 * today): readers of a years-old story want "who was this then?", which no peer answers.
 *
 * - `current`: held on the frame date and not known to have ended;
 * - `ended`: held on the frame date, ended since ("then Prime Minister (2019–2024)");
 * - `changed`: a moment after the frame date that changes the entity (a death, a dissolution);
 * - `later`: began after the frame date ("later: President (since 2025)");
 * - `past`: over before the frame date;
 * - `timeless`: no dates, or a moment on or before the frame date (born, founded).
 */
export type FactTime = 'current' | 'ended' | 'changed' | 'later' | 'past' | 'timeless';

export interface FramedFact {
  fact: Fact;
  time: FactTime;
}

export interface CardFrame {
  /** YYYY-MM-DD the facts are placed against. */
  date: string;
  /** The article's date (true), or today's because the page gave none (false). */
  fromArticle: boolean;
  /** The facts in the order a reader needs them: what was true then first. */
  facts: FramedFact[];
}

/** Moments that change what an entity is: after the article, the card says so plainly. */
const CHANGE_LABEL = /\b(died|death|dissolved|abolished|disbanded|annexed|renamed|merged|defunct)\b/i;

/**
 * Compares two dates of any precision (YYYY, YYYY-MM, YYYY-MM-DD) at the coarser one:
 * "2025-03" and "2025-03-04" are the same month, so neither is before the other.
 */
export function compareDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  const x = a.slice(0, n);
  const y = b.slice(0, n);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Where one fact stands on `date`, given `today` (a fact ending after today has not ended). */
export function factTime(fact: Fact, date: string, today: string): FactTime {
  const { from, to } = fact;
  if (isMomentFact(fact)) {
    if (from && compareDates(from, date) > 0) return CHANGE_LABEL.test(fact.label) ? 'changed' : 'later';
    return 'timeless';
  }
  if (!from && !to) return 'timeless';
  if (from && compareDates(from, date) > 0) return 'later';
  // "Former office" with no end date: it ended, but the card cannot say it still held then.
  if (!to) return isFormer(fact) ? 'past' : 'current';
  if (compareDates(to, date) < 0) return 'past';
  // A term that ends after today is still running (an announced end, a fixed mandate).
  if (compareDates(to, today) > 0) return 'current';
  // Held on the frame date: it ended since, unless the frame is today, where it just ended.
  return date === today ? 'past' : 'ended';
}

/**
 * What changed since the article comes first; the rest keeps the knowledge's own order,
 * which its writers chose (office, former offices, party, born).
 */
const RANK: Record<FactTime, number> = { ended: 0, changed: 1, current: 2, later: 2, timeless: 2, past: 2 };

/**
 * Places every fact relative to the article's date, or to today when the page gives none.
 */
export function frameFacts(facts: Fact[], articleDate: string | null, today: string): CardFrame {
  // An article "from the future" (a wrong clock, a scheduled post) is read as of today.
  const fromArticle = articleDate !== null && articleDate < today;
  const date = fromArticle ? articleDate : today;
  const framed = facts.map((fact) => ({ fact, time: factTime(fact, date, today) }));
  const ordered = framed.map((f, i) => ({ f, i })).sort((a, b) => RANK[a.f.time] - RANK[b.f.time] || a.i - b.i);
  return { date, fromArticle, facts: ordered.map(({ f }) => f) };
}

/** Facts a card shows (on the page and in the popup): office, party and birth, few enough to read in a glance. */
export const FACT_ROOM = 5;

/**
 * The facts a card has room for. When a fact ended since the article, the present (what
 * began later) is kept beside it even if it ranks below the room left.
 */
export function factsToShow(frame: CardFrame, room = FACT_ROOM): FramedFact[] {
  const shown = frame.facts.slice(0, room);
  if (!shown.some((f) => f.time === 'ended') || shown.some((f) => f.time === 'later')) return shown;
  const later = frame.facts.find((f) => f.time === 'later');
  return later ? [...shown.slice(0, room - 1), later] : shown;
}
