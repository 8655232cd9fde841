// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MentionStore } from '@/entrypoints/news-page.content/mentions';
import type { TextMatch } from '@/utils/matching/match';
import { match } from './mention-match';

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

  it('marks an agency the words around credit ("(AFP) —"), unless the page\'s context names the other body of that name', () => {
    document.body.innerHTML = '<p>KYIV (AFP) — Drones struck. AFP said the man was held.</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    // 1 Agence France-Presse, 2 the Australian Federal Police: "AFP" is both, weak.
    const credited = { ...match(1, 6, 9, true, [2]), credited: true };
    const uncredited = match(1, 35, 38, true, [2]);
    const quiet = { has: () => true, score: () => 0 };
    const store = new MentionStore(quiet);
    expect(store.add([text], credited)).toBe(true);
    // Credited once, the name is the agency's short form on the rest of the page.
    expect(store.add([text], uncredited)).toBe(true);
    expect([...store.all()].map((m) => [m.entity, m.weak])).toEqual([
      [1, false],
      [1, true],
    ]);
    expect(new MentionStore(quiet).add([text], uncredited)).toBe(false);
    // A story on Australia's police: its context settles "AFP" as theirs, credit or not.
    const police = new MentionStore({ has: () => true, score: (e: number) => (e === 2 ? 1 : 0) });
    expect(police.add([text], credited)).toBe(true);
    expect([...police.all()].map((m) => m.entity)).toEqual([2]);
    // An agency's name no other body has ("AP") is marked where it is credited, and waits where not.
    const alone = new MentionStore();
    expect(alone.add([text], { ...match(1, 6, 9, true), credited: true })).toBe(true);
    expect(alone.add([text], match(1, 35, 38, true))).toBe(true);
    expect(new MentionStore().add([text], match(1, 35, 38, true))).toBe(false);
  });

  it('leaves a town that stands for its team unmarked ("Miami is 4-7"), and a country so written its own', () => {
    document.body.innerHTML = '<p>Miami is 4-7. France is 4-7. Miami is sunny.</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    // 1 Miami (a town), 2 France (a country).
    const places = { has: () => false, score: () => 0, isPlace: () => true, isCountry: (e: number) => e === 2 };
    const store = new MentionStore(places);
    expect(store.add([text], match(1, 0, 5))).toBe(false);
    expect(store.add([text], match(2, 14, 20))).toBe(true);
    expect(store.add([text], match(1, 29, 34))).toBe(true);
  });

  it('marks a weak name what is tied to it settles in mid-sentence, and lets one that opens a sentence wait for it', () => {
    // Arsenal (5): its league is on the page; only its context says so (see `tieContexts`).
    const places = { has: () => true, score: () => 1, settledByTies: (entity: number) => entity === 5 };
    document.body.innerHTML = '<p>Arsenal moved clear. They beat Arsenal again. Arsenal won.</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const store = new MentionStore(places);
    expect(store.add([text], { ...match(5, 0, 7, true), opensSentence: true })).toBe(false);
    expect(store.add([text], match(5, 30, 37, true))).toBe(true);
    // After a mark in mid-sentence, a later one that opens a sentence stands too.
    expect(store.add([text], { ...match(5, 45, 52, true), opensSentence: true })).toBe(true);
    // A place's context settles its weak name anywhere ("Virginia" beside Norfolk).
    const placeStore = new MentionStore({ ...places, settledByTies: () => false });
    expect(placeStore.add([text], { ...match(6, 0, 7, true), opensSentence: true })).toBe(true);
  });

  it('marks a person\'s weak family name that opens a sentence where a verb of saying follows it and ties settle it', () => {
    // Magyar (7), a person tied to what the page names; Most (8), a party.
    const places = { has: () => true, score: () => 1, settledByTies: () => true, isPerson: (e: number) => e === 7 };
    document.body.innerHTML = '<p>Magyar told his supporters to wait. Most analysts agreed. Most told reporters so.</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const store = new MentionStore(places);
    expect(store.add([text], { ...match(7, 0, 6, true), opensSentence: true })).toBe(true);
    expect(store.add([text], { ...match(8, 37, 41, true), opensSentence: true })).toBe(false);
    // A body's name is not a speaker's, whatever follows it.
    expect(store.add([text], { ...match(8, 58, 62, true), opensSentence: true })).toBe(false);
  });

  it('marks the weak name of a body known by its ties where a marked body is listed beside it, in either order, and none other', () => {
    // 1 Amazon (strong), 2 Meta (weak; also 3, a person's family name), 4 Oracle (weak), 5 Jensen Huang, 6 Apple (weak).
    const bodies = new Set([1, 2, 4, 6]);
    const places = { has: () => true, score: () => 0, settledByTies: (e: number) => bodies.has(e), isBody: (e: number) => bodies.has(e), isPerson: (e: number) => e === 3 || e === 5 };
    document.body.innerHTML = '<p>Amazon, Meta and Oracle rose. Apple said so. Jensen Huang and Apple spoke. Oracle fell.</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const store = new MentionStore(places);
    store.inDocumentOrder = true;
    expect(store.add([text], match(1, 0, 6))).toBe(true);
    // Meta is the body among the entities its name may mean, and the list says which.
    expect(store.add([text], match(3, 8, 12, true, [2]))).toBe(true);
    expect(store.add([text], match(4, 17, 23, true))).toBe(true);
    // Not in a list: "Apple said"; beside a person: "Jensen Huang and Apple".
    expect(store.add([text], match(6, 30, 35, true))).toBe(false);
    store.add([text], match(5, 44, 56));
    expect(store.add([text], match(6, 61, 66, true))).toBe(false);
    // Alone later, a listed weak name still waits (it is no full name).
    expect(store.add([text], match(4, 74, 80, true))).toBe(false);
    expect([...store.all()].map((m) => m.entity)).toEqual([1, 2, 4, 5]);

    // The marked body may come after: "Apple and Microsoft" settles Apple once Microsoft (7) is read.
    document.body.innerHTML = '<p>Apple and Microsoft rose.</p>';
    const later = document.querySelector('p')!.firstChild as Text;
    const second = new MentionStore({ ...places, isBody: (e: number) => bodies.has(e) || e === 7 });
    expect(second.add([later], match(6, 0, 5, true))).toBe(false);
    expect(second.add([later], match(7, 10, 19))).toBe(true);
    expect(second.takeChanges().added.map((m) => m.entity).sort()).toEqual([6, 7]);
  });

  it("marks a club's weak name where a team's words go with it (\"vs. Saints\"), and its list with it; not where they do not, nor a name two clubs share", () => {
    // 1 Saints, 2 Steelers, 3 and 4 two clubs called Jets, 5 Bengals: bodies known by their ties.
    const places = { has: () => true, score: () => 0, settledByTies: () => true, isBody: () => true };
    document.body.innerHTML = '<p>The Saints rested. Next: vs. Saints, Steelers and Bengals, then vs. Jets.</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const store = new MentionStore(places);
    store.inDocumentOrder = true;
    expect(store.add([text], match(1, 4, 10, true))).toBe(false);
    expect(store.add([text], match(1, 29, 35, true))).toBe(true);
    expect(store.add([text], match(2, 37, 45, true))).toBe(true);
    expect(store.add([text], match(5, 50, 57, true))).toBe(true);
    expect(store.add([text], match(3, 68, 72, true, [4]))).toBe(false);
    expect([...store.all()].filter((m) => m.active).map((m) => m.entity)).toEqual([1, 2, 5]);
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

  it('leaves a place whose name the page used as a given name ("Chad Miller … Chad said") unless the page names it or its context first, and a weak or shared one always', () => {
    document.body.innerHTML = '<p>Chad said no. Chad said yes.</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const people = new Set([5]);
    const scores = new Map([[2, 1]]);
    const places = { has: () => true, score: (e: number) => scores.get(e) ?? 0, isPerson: (e: number) => people.has(e) };
    const again = (entity: number, start: number, end: number): TextMatch => ({ ...match(entity, start, end), afterNameRun: true });
    const store = new MentionStore(places);
    store.inDocumentOrder = true;
    // Chad (1): nothing else on the page names it, so neither bare "Chad" marks.
    expect(store.add([text], again(1, 0, 4))).toBe(false);
    expect(store.add([text], again(1, 14, 18))).toBe(false);
    // A place whose context the page holds (2), and a person (5), keep their marks.
    expect(store.add([text], again(2, 0, 4))).toBe(true);
    expect(store.add([text], again(5, 14, 18))).toBe(true);
    // Named before as itself (3: "Israel said…" before "Israel Hayom"), it stays.
    const named = new MentionStore(places);
    named.inDocumentOrder = true;
    named.add([text], match(3, 0, 4));
    expect(named.add([text], again(3, 14, 18))).toBe(true);
    // A weak or shared name ("Georgia": the state or the country) is left alone even where the page holds its context.
    const shared = new MentionStore(places);
    expect(shared.add([text], { ...again(2, 0, 4), weak: true })).toBe(false);
    expect(shared.add([text], { ...again(2, 14, 18), alternatives: [4] })).toBe(false);
    // Without the flag, a bare name marks as before.
    expect(new MentionStore(places).add([text], match(1, 0, 4))).toBe(true);
  });

  it('marks no person in a byline, where a reporter may share an MP\'s name, but still the outlet it names', () => {
    document.body.innerHTML = '<p class="byline">By Tom Gordon, Kyiv Post</p><p>Tom Gordon spoke.</p>';
    const [byline, story] = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
    const places = { has: () => false, score: () => 0, isPerson: (e: number) => e === 1 };
    const store = new MentionStore(places);
    expect(store.add([byline], match(1, 3, 13))).toBe(false);
    expect(store.add([byline], match(2, 15, 24))).toBe(true);
    expect(store.add([story], match(1, 0, 10))).toBe(true);
  });
});
