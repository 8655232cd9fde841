// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MentionStore } from '@/entrypoints/news-page.content/mentions';
import type { TextMatch } from '@/utils/matching/match';

const match = (entity: number, start: number, end: number, weak = false, alternatives: number[] = []): TextMatch => ({
  entity,
  weak,
  alternatives,
  startPart: 0,
  startOffset: start,
  endPart: 0,
  endOffset: end,
});

describe('the mention store', () => {
  it('gives a mention found again in the same place its old id, so an open card stays on it', () => {
    document.body.innerHTML = '<p>Viktor Orbán met António Costa.</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const store = new MentionStore();
    store.add([text], match(1, 0, 12));
    const first = [...store.all()][0];
    store.forgetNodes([text]);
    store.add([text], match(1, 0, 12));
    store.add([text], match(2, 17, 30));
    const again = [...store.all()];
    expect(again.find((m) => m.entity === 1)!.id).toBe(first.id);
    expect(new Set(again.map((m) => m.id)).size).toBe(2);
    // Once the changes are taken, a later mention gets a new id.
    store.takeChanges();
    store.forgetNodes([text]);
    store.takeChanges();
    store.add([text], match(1, 0, 12));
    expect([...store.all()][0].id).not.toBe(first.id);
  });

  it('tells whether a stretch of a text node is already marked', () => {
    document.body.innerHTML = '<p>Viktor Orbán met António Costa.</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const store = new MentionStore();
    store.add([text], match(1, 0, 12));
    expect(store.overlaps(text, 7, 12)).toBe(true);
    expect(store.overlaps(text, 17, 30)).toBe(false);
  });

  it('resolves a shared alias to the entity the page named in full, as that entity’s short form', () => {
    document.body.innerHTML = '<p>Mike Johnson spoke. Later Johnson left.</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const store = new MentionStore();
    store.inDocumentOrder = true;
    store.add([text], match(7, 0, 12));
    // "Johnson" is Boris Johnson's (3) alias first, shared with Mike Johnson (7).
    expect(store.add([text], match(3, 26, 33, true, [7]))).toBe(true);
    expect([...store.all()].map((m) => [m.entity, m.weak])).toEqual([
      [7, false],
      [7, true],
    ]);
  });

  it('makes room for a longer name found later, never for a shorter or crossing one', () => {
    document.body.innerHTML = '<p>Yair Golan met Benjamin Netanyahu.</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const store = new MentionStore();
    store.add([text], match(1, 5, 10)); // "Golan", the Golan Heights, from the page's own index
    store.takeChanges();
    expect(store.yieldTo(text, 0, 4)).toBe(true); // "Yair" touches no mention: nothing to do
    expect(store.yieldTo(text, 7, 14)).toBe(false); // crosses "Golan": it stands
    expect(store.yieldTo(text, 5, 10)).toBe(false); // as long as "Golan": it stands
    expect(store.yieldTo(text, 0, 10)).toBe(true); // "Yair Golan": "Golan" goes
    expect(store.takeChanges().removed.map((m) => m.entity)).toEqual([1]);
    expect(store.overlaps(text, 0, 10)).toBe(false);
    // A shared name of exactly the same span is resolved again ("Golan" once "Yair Golan" is known).
    store.add([text], match(1, 5, 10));
    expect(store.yieldTo(text, 5, 10)).toBe(false);
    expect(store.yieldTo(text, 5, 10, true)).toBe(true);
  });
});
