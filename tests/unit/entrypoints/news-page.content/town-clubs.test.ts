// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MentionStore } from '@/entrypoints/news-page.content/mentions';
import { bodyOfPlaceName } from '@/entrypoints/news-page.content/town-clubs';
import type { TextMatch } from '@/utils/matching/match';

// 1 Liverpool (a town), 2 Monaco (a country), 5 Liverpool FC, 6 AS Monaco, 7 another club, 10 Arsenal, 11 Bayern Munich.
// 12 the EU, a body not known by its ties as a club is.
const BODIES = new Set([5, 6, 7, 10, 11, 12]);
const isBody = (entity: number) => BODIES.has(entity);
const say = { has: () => false, score: () => 0, isPlace: (e: number) => !BODIES.has(e), isCountry: (e: number) => e === 2, isBody, settledByTies: (e: number) => e !== 12 };

/** The match of `name` in the paragraph's text, as entity `entity` with `alternatives`. */
function found(text: Text, name: string, entity: number, alternatives: number[] = [], from = 0): TextMatch {
  const start = text.data.indexOf(name, from);
  return { entity, weak: false, alternatives, startPart: 0, startOffset: start, endPart: 0, endOffset: start + name.length };
}

function paragraph(html: string): Text {
  document.body.innerHTML = `<p>${html}</p>`;
  return document.querySelector('p')!.firstChild as Text;
}

const marked = (store: MentionStore) => [...store.all()].map((m) => m.entity);

describe('the one body that shares a place’s name', () => {
  it.each<[{ entity: number; alternatives: number[] }, number | undefined, string]>([
    [{ entity: 1, alternatives: [5] }, 5, 'a town and its club'],
    [{ entity: 5, alternatives: [1] }, 5, 'the club first'],
    [{ entity: 1, alternatives: [] }, undefined, 'a town no body shares'],
    [{ entity: 1, alternatives: [5, 7] }, undefined, 'a town with two clubs ("Manchester")'],
  ])('%j gives %j (%s)', (match, body) => {
    expect(bodyOfPlaceName(match, isBody)).toBe(body);
  });
});

describe('a place’s name marked as the club that shares it', () => {
  it('where the words read as its team’s, a country’s name included', () => {
    const text = paragraph('Holders PSG narrowly went past Monaco 5-4 on aggregate. Prince Albert of Monaco spoke.');
    const store = new MentionStore(say);
    expect(store.add([text], found(text, 'Monaco', 2, [6]))).toBe(true);
    expect(store.add([text], found(text, 'Monaco', 2, [6], 50))).toBe(true);
    expect(marked(store)).toEqual([6, 2]);
  });

  it('where a town with no club so named reads as its team, nothing is marked', () => {
    const text = paragraph('Brighton 3-0 Leeds at home.');
    expect(new MentionStore(say).add([text], found(text, 'Brighton', 1))).toBe(false);
  });

  it('listed after a marked club, an aside in brackets and all', () => {
    const text = paragraph('In order: Arsenal (8 wins), Bayern Munich (7 wins), Liverpool (6 wins).');
    const store = new MentionStore(say);
    store.add([text], found(text, 'Arsenal', 10));
    store.add([text], found(text, 'Bayern Munich', 11));
    expect(store.add([text], found(text, 'Liverpool', 1, [5]))).toBe(true);
    expect(marked(store)).toEqual([10, 11, 5]);
  });

  it('listed before a club the page marks after it', () => {
    const text = paragraph('Liverpool, Arsenal and Bayern Munich went through.');
    const store = new MentionStore(say);
    store.add([text], found(text, 'Liverpool', 1, [5]));
    expect(marked(store)).toEqual([1]);
    store.add([text], found(text, 'Arsenal', 10));
    expect(marked(store).sort()).toEqual([10, 5]);
    expect(store.takeChanges().removed.map((m) => m.entity)).toEqual([1]);
  });

  it('but a country listed beside a body that is no club stays the country', () => {
    const text = paragraph('Talks between the EU, Monaco and Andorra; and Monaco, the EU and Andorra.');
    const store = new MentionStore(say);
    store.add([text], found(text, 'EU', 12));
    store.add([text], found(text, 'Monaco', 2, [6]));
    store.add([text], found(text, 'Monaco', 2, [6], 40));
    store.add([text], found(text, 'EU', 12, [], 40));
    expect(marked(store)).toEqual([12, 2, 2, 12]);
  });

  it('but a town listed with towns, or named alone, stays the town', () => {
    const text = paragraph('Trains from Liverpool, Leeds and York stopped. Arsenal fans were stranded in Liverpool on Friday.');
    const store = new MentionStore(say);
    store.add([text], found(text, 'Liverpool', 1, [5]));
    store.add([text], found(text, 'Leeds', 1));
    store.add([text], found(text, 'Arsenal', 10));
    store.add([text], found(text, 'Liverpool', 1, [5], 60));
    expect(marked(store)).toEqual([1, 1, 10, 1]);
  });
});
