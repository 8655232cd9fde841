import { describe, expect, it } from 'vitest';
import { compareDates, factTime, factsToShow, frameFacts } from '@/utils/card/time-frame';
import { factText } from '@/utils/card/fact-text';
import type { Fact } from '@/utils/knowledge/types';

const TODAY = '2026-12-02';

describe('compareDates', () => {
  it.each([
    ['2025-03-04', '2025-03-05', -1],
    ['2025-03', '2025-03-31', 0],
    ['2025', '2025-12-31', 0],
    ['2024-12', '2025', -1],
    ['2026', '2025-06-30', 1],
  ])('%s against %s is %i', (a, b, expected) => {
    expect(compareDates(a, b)).toBe(expected);
  });
});

describe('factTime: one fact on a frame date', () => {
  const office = (from?: string, to?: string): Fact => ({ label: 'Office', value: 'Prime Minister', from, to });
  it.each<[string, Fact, string, string]>([
    ['an open office begun before the article', office('2010-05-29'), '2015-01-01', 'current'],
    ['an open office begun after the article', office('2019-05-20'), '2015-01-01', 'later'],
    ['an office begun the same month (month-only date)', office('2015-01'), '2015-01-20', 'current'],
    ['an office held then and ended since', office('2019-07-24', '2022-09-06'), '2020-03-04', 'ended'],
    ['an office that ended before the article', office('2010', '2014'), '2020-03-04', 'past'],
    ['an office ending the article\'s year (year-only end)', office('2010', '2020'), '2020-03-04', 'ended'],
    ['a term ending after today', office('2024-12-01', '2029-11-30'), '2025-06-01', 'current'],
    ['an office known only to have ended', office(undefined, '2018'), '2015-06-01', 'ended'],
    ['a former office with no end date', { label: 'Former office', value: 'Envoy', from: '2019' }, '2020-01-01', 'past'],
    ['a fact without dates', { label: 'Party', value: 'Fidesz' }, '2015-01-01', 'timeless'],
    ['a birth before the article', { label: 'Born', value: '31 May 1963', from: '1963-05-31' }, '2015-01-01', 'timeless'],
    ['a death after the article', { label: 'Died', value: 'Moscow', from: '2024-02-16' }, '2023-05-01', 'changed'],
    ['a death before the article', { label: 'Died', value: 'Moscow', from: '2024-02-16' }, '2025-05-01', 'timeless'],
    ['a founding after the article', { label: 'Founded', value: 'Kyiv', from: '2024' }, '2023-05-01', 'later'],
    ['an event\'s dates before the article', { label: 'Date', value: '2022–2023', from: '2022-02-24', to: '2023-05-20' }, '2025-01-01', 'timeless'],
  ])('%s', (_, fact, date, expected) => {
    expect(factTime(fact, date, TODAY)).toBe(expected);
  });

  it('reads a fact that ended on or before today as past when the frame is today', () => {
    expect(factTime(office('2019', '2024-07-05'), TODAY, TODAY)).toBe('past');
  });
});

describe('frameFacts', () => {
  const facts: Fact[] = [
    { label: 'Office', value: 'Leader of the Opposition', from: '2024-11-02' },
    { label: 'Former office', value: 'Prime Minister', from: '2019-07-24', to: '2022-09-06' },
    { label: 'Party', value: 'Conservative' },
    { label: 'Born', value: '19 June 1964', from: '1964-06-19' },
    { label: 'Former office', value: 'Mayor', from: '2008', to: '2016' },
  ];

  it('uses the article\'s date, and puts what held then and ended since first, the rest in the knowledge\'s order', () => {
    const frame = frameFacts(facts, '2021-03-04', TODAY);
    expect(frame).toMatchObject({ date: '2021-03-04', fromArticle: true });
    expect(frame.facts.map((f) => [f.fact.value, f.time])).toEqual([
      ['Prime Minister', 'ended'],
      ['Leader of the Opposition', 'later'],
      ['Conservative', 'timeless'],
      ['19 June 1964', 'timeless'],
      ['Mayor', 'past'],
    ]);
  });

  it('uses today when the page gives no date, or a date after today', () => {
    for (const published of [null, '2027-01-01']) {
      const frame = frameFacts(facts, published, TODAY);
      expect(frame).toMatchObject({ date: TODAY, fromArticle: false });
      expect(frame.facts[0]).toMatchObject({ time: 'current' });
      expect(frame.facts.some((f) => f.time === 'ended')).toBe(false);
    }
  });

  it('keeps the present beside what ended since, even when room is short', () => {
    const many: Fact[] = [
      { label: 'Former office', value: 'Prime Minister', from: '2019', to: '2022' },
      { label: 'Office', value: 'MP', from: '2001' },
      { label: 'Party', value: 'A' },
      { label: 'Born', value: '1964', from: '1964' },
      { label: 'Office', value: 'Envoy', from: '2025' },
    ];
    const shown = factsToShow(frameFacts(many, '2020-01-01', TODAY), 3);
    expect(shown.map((f) => f.fact.value)).toEqual(['Prime Minister', 'MP', 'Envoy']);
    expect(factsToShow(frameFacts(many, null, TODAY), 3).map((f) => f.fact.value)).toEqual(['Prime Minister', 'MP', 'A']);
  });
});

describe('factText', () => {
  it('writes "then", "later" and what changed after the article plainly', () => {
    expect(factText({ fact: { label: 'Former office', value: 'Prime Minister', from: '2019-07-24', to: '2022-09-06' }, time: 'ended' })).toEqual({ marker: 'then', value: 'Prime Minister', dates: '2019–2022' });
    expect(factText({ fact: { label: 'Office', value: 'President', from: '2025-01-20' }, time: 'later' })).toEqual({ marker: 'later:', value: 'President', dates: 'since 2025' });
    expect(factText({ fact: { label: 'Died', value: 'Kharp, Russia', from: '2024-02-16' }, time: 'changed' })).toEqual({ marker: null, value: 'Kharp, Russia', dates: '16 February 2024, after this article' });
    expect(factText({ fact: { label: 'Party', value: 'Fidesz' }, time: 'timeless' })).toEqual({ marker: null, value: 'Fidesz', dates: '' });
  });
});
