import type { Fact } from '../knowledge/types';
import { t } from '../i18n';

/** Facts whose `from` is a single moment (a birth, a founding), not the start of a span. */
const MOMENT_LABEL = /\b(born|died|date|founded|established|signed|held|began|started|ended|occurred|launched|formed|opened|created|population)\b/i;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-06-30" → "30 June 2025"; "2025-06" → "June 2025"; "2025" → "2025". */
export function formatDate(date: string): string {
  const [y, m, d] = date.split('-');
  if (!m) return y;
  const month = MONTHS[Number(m) - 1] ?? m;
  return d ? `${Number(d)} ${month} ${y}` : `${month} ${y}`;
}

const year = (date: string) => date.slice(0, 4);

/** A fact its writer marked as over ("Former office"), whether or not it says when it ended. */
export const isFormer = (fact: Fact): boolean => /^former\b/i.test(fact.label);

/** A fact that happened (born, founded, an event's dates) rather than one that holds over a span (an office). */
export const isMomentFact = (fact: Fact): boolean => MOMENT_LABEL.test(fact.label);

/** The dates of a fact as a reader wants them: "since 2010", "1998–2002", "until 2024", or a moment's date. */
export function formatFactDates(fact: Fact): string {
  const { from, to } = fact;
  if (from && to) return year(from) === year(to) ? formatDate(from) + ' – ' + formatDate(to) : `${year(from)}–${year(to)}`;
  if (from && isMomentFact(fact)) {
    // "Born: 31 May 1963" already says when; do not repeat it.
    return fact.value.includes(year(from)) ? '' : formatDate(from);
  }
  if (from) return t(isFormer(fact) ? 'factFrom' : 'factSince', year(from));
  if (to) return t('factUntil', year(to));
  return '';
}

/**
 * The page's publication date, from `article:published_time`, JSON-LD `datePublished` or the
 * first `<time datetime>`, as YYYY-MM-DD; null when the page does not say.
 */
export function findPublishedDate(doc: Document): string | null {
  const meta = doc.querySelector('meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"]');
  const candidates: (string | null | undefined)[] = [meta?.getAttribute('content')];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    candidates.push(/"datePublished"\s*:\s*"([^"]{10,40})"/.exec(script.textContent ?? '')?.[1]);
  }
  candidates.push(doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime'));
  for (const candidate of candidates) {
    const date = /^(\d{4}-\d{2}-\d{2})/.exec(candidate?.trim() ?? '')?.[1];
    if (date) return date;
  }
  return null;
}

/** The reader's calendar date as YYYY-MM-DD (not UTC's: late evening is still today). */
export function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** True when the article is newer than the facts, so the card should say they may be out of date. */
export function isStale(asOf: string, published: string | null): boolean {
  return published !== null && published > asOf;
}
