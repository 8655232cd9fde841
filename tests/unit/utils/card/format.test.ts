// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { findPublishedDate, formatDate, formatFactDates, isStale } from '@/utils/card/format';

const doc = (head: string, body = '') => new DOMParser().parseFromString(`<html><head>${head}</head><body>${body}</body></html>`, 'text/html');

describe('dates on cards', () => {
  it('formats dates at their precision', () => {
    expect(formatDate('2025-06-30')).toBe('30 June 2025');
    expect(formatDate('2025-06')).toBe('June 2025');
    expect(formatDate('2025')).toBe('2025');
  });

  it('formats fact dates as a reader wants them', () => {
    expect(formatFactDates({ label: 'Office', value: 'Prime Minister', from: '2010-05-29' })).toBe('since 2010');
    expect(formatFactDates({ label: 'Office', value: 'Prime Minister', from: '1998-07-06', to: '2002-05-27' })).toBe('1998–2002');
    expect(formatFactDates({ label: 'Office', value: 'Acting', from: '2024-01-10', to: '2024-03-02' })).toBe('10 January 2024 – 2 March 2024');
    expect(formatFactDates({ label: 'Date', value: 'Signed in Budapest', from: '1994-12-05' })).toBe('5 December 1994');
    expect(formatFactDates({ label: 'Born', value: '31 May 1963, Székesfehérvár', from: '1963-05-31' })).toBe('');
    expect(formatFactDates({ label: 'Party', value: 'Fidesz' })).toBe('');
    // A former office with no end date is over: "since" would say it still holds.
    expect(formatFactDates({ label: 'Former office', value: 'Envoy', from: '2019-12-01' })).toBe('from 2019');
  });

  it('finds the article’s publication date from meta, JSON-LD or <time>', () => {
    expect(findPublishedDate(doc('<meta property="article:published_time" content="2025-03-04T10:00:00Z">'))).toBe('2025-03-04');
    expect(findPublishedDate(doc('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-01-15T08:00:00+01:00"}</script>'))).toBe('2026-01-15');
    expect(findPublishedDate(doc('', '<article><time datetime="2025-03-04">March 4</time></article>'))).toBe('2025-03-04');
    expect(findPublishedDate(doc('', '<p>No date</p>'))).toBeNull();
  });

  it('calls facts stale only when the article is newer', () => {
    expect(isStale('2025-06-30', '2026-01-15')).toBe(true);
    expect(isStale('2025-06-30', '2025-03-04')).toBe(false);
    expect(isStale('2025-06-30', null)).toBe(false);
  });
});
