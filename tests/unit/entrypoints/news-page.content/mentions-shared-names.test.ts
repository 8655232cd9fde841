// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MentionStore } from '@/entrypoints/news-page.content/mentions';
import { match } from './mention-match';

describe("the mention store's shared names: which of their entities the page means", () => {
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

  it('gives a family name to the one person the page named in full, over a country of that name ("Jim Jordan … Jordan said")', () => {
    document.body.innerHTML = '<p>Chairman Jim Jordan spoke. Later Jordan said no.</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    // The country Jordan (2), on a page that names it often; Jim Jordan (7) and Thomas Jordan (8) are people.
    const page = { has: () => true, score: (e: number) => (e === 2 ? 5 : 0), isPerson: (e: number) => e === 7 || e === 8 };
    const store = new MentionStore(page);
    store.inDocumentOrder = true;
    store.add([text], match(7, 9, 19));
    store.add([text], match(2, 33, 39, false, [7, 8]));
    // As his short form: marked, and the reader may still say "Not this one".
    expect([...store.all()].map((m) => [m.entity, m.weak, m.active])).toEqual([
      [7, false, true],
      [7, true, true],
    ]);
    // Named in full by no one, the name stays the country's.
    document.body.innerHTML = '<p>Later Jordan said no.</p>';
    const alone = new MentionStore(page);
    alone.add([document.querySelector('p')!.firstChild as Text], match(2, 6, 12, false, [7, 8]));
    expect([...alone.all()].map((m) => m.entity)).toEqual([2]);
  });

  it('judges a headline\'s shared name again once the story has named whom it means, and leaves it when nothing has', () => {
    document.body.innerHTML = '<h1>Johnson resigns</h1><p>Mike Johnson spoke. Johnson left.</p>';
    const headline = document.querySelector('h1')!.firstChild as Text;
    const text = document.querySelector('p')!.firstChild as Text;
    const store = new MentionStore();
    store.inDocumentOrder = true;
    // "Johnson" is Boris Johnson's (3), shared with Mike Johnson (7): the headline comes first, with nothing to go on.
    expect(store.add([headline], match(3, 0, 7, false, [7]))).toBe(true);
    store.settleLate();
    expect([...store.all()].map((m) => m.entity)).toEqual([3]);
    store.takeChanges();
    store.add([text], match(7, 0, 12));
    store.settleLate();
    const { added, removed } = store.takeChanges();
    expect(removed.map((m) => m.entity)).toEqual([3]);
    expect(added.map((m) => [m.entity, m.weak, m.active, m.range.startContainer === headline])).toEqual([
      [7, false, true, false],
      [7, false, true, true],
    ]);
    // Settled once: a second call changes nothing, and the name read again (the background's names) keeps its judgment.
    store.settleLate();
    expect(store.takeChanges().added).toEqual([]);
    expect(store.yieldTo(headline, 0, 7, true)).toBe(false);
    expect(store.at(headline, 2)?.entity).toBe(7);
  });

  it('leaves a shared name alone when the page had spoken for it before it was read', () => {
    document.body.innerHTML = '<p>Boris Johnson spoke. Johnson left. Mike Johnson came.</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const store = new MentionStore();
    store.inDocumentOrder = true;
    store.add([text], match(3, 0, 13));
    store.add([text], match(3, 21, 28, false, [7]));
    store.add([text], match(7, 35, 47));
    store.settleLate();
    expect([...store.all()].map((m) => m.entity).sort()).toEqual([3, 3, 7]);
  });

  it("moves a family name the knowledge gives one person to another the page named in full (see `familyNameAliases`)", () => {
    document.body.innerHTML = '<p>Michael D Higgins left. Mr Higgins waved.</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const store = new MentionStore();
    store.inDocumentOrder = true;
    store.add([text], match(4, 0, 17));
    // "Higgins" is a congressman's (9) name; Michael D Higgins (4) has it only as his generated family name.
    expect(store.add([text], match(9, 27, 34, false, [4]))).toBe(true);
    expect([...store.all()].map((m) => m.entity)).toEqual([4, 4]);
  });

  it("leaves a shared short name after a country's possessive alone: it is that country's, and unknown", () => {
    // A method that reads its own object, as PlaceContext's does: the store must call it on its object.
    const places = {
      countries: ['Estonia'],
      has: () => true,
      score: () => 1,
      namesCountry(name: string) {
        return this.countries.some((country) => name === country || name.endsWith(` ${country}`));
      },
    };
    document.body.innerHTML = "<p>Estonia's Constitutional Court ruled. In <b>Estonia</b>'s Constitutional Court. Keir Starmer's Labour Party won.</p>";
    const p = document.querySelector('p')!;
    const [first, bold, rest] = [p.childNodes[0], p.childNodes[1].firstChild, p.childNodes[2]] as Text[];
    const store = new MentionStore(places);
    expect(store.add([first], match(1, 10, 30, true))).toBe(false);
    // The possessive may sit in the text node before ("<b>Estonia</b>'s").
    const run = [first, bold, rest];
    expect(store.add(run, { ...match(1, 3, 23, true), startPart: 2, endPart: 2 })).toBe(false);
    // A person's possessive, or a strong name, is no country's.
    const labour = rest.data.indexOf('Labour Party');
    expect(store.add(run, { ...match(2, labour, labour + 12, true), startPart: 2, endPart: 2 })).toBe(true);
    expect(store.add([first], match(1, 10, 30, false))).toBe(true);
    // A scan's buffer of nodes runs on past its block, with nothing in it: only the nodes up to the match are read.
    expect(store.add([first, null as unknown as Text], match(1, 10, 30, true))).toBe(false);
  });

  it("gives a shared short name after a country's possessive to that country's body, where the knowledge has it", () => {
    // The United States' House (1) and Japan's (2) share "House of Representatives".
    const places = {
      has: () => true,
      score: () => 0,
      namesCountry: (name: string) => name === 'Japan',
      isCountrysBody: (entity: number, name: string) => entity === 2 && name === 'Japan',
    };
    document.body.innerHTML = "<p>Japan's House of Representatives was dissolved.</p>";
    const text = document.querySelector('p')!.firstChild as Text;
    const store = new MentionStore(places);
    expect(store.add([text], match(1, 8, 32, true, [2]))).toBe(true);
    expect([...store.all()].map((m) => [m.entity, m.weak])).toEqual([[2, false]]);
    // Without Japan's among the candidates, the name is none of them.
    expect(new MentionStore(places).add([text], match(1, 8, 32, true))).toBe(false);
    // Read in lower case after a possessive, it is the country's body or no name: a person's possessive owns none.
    document.body.innerHTML = "<p>Japan's house of representatives and Trump's house of representatives.</p>";
    const lower = document.querySelector('p')!.firstChild as Text;
    const trumps = lower.data.indexOf('house', 20);
    expect(new MentionStore(places).add([lower], { ...match(1, 8, 32, true, [2]), possessed: true })).toBe(true);
    expect(new MentionStore(places).add([lower], { ...match(1, trumps, trumps + 24, true, [2]), possessed: true })).toBe(false);
  });

  it("gives a shared short name after a country's demonym to that country's body, or to none (\"Indonesian Ministry of Foreign Affairs\")", () => {
    // Kosovo's ministry (1) and Japan's (2) share "Ministry of Foreign Affairs".
    // The page's context favours Kosovo's: only a demonym keeps it from the name.
    const places = {
      has: () => true,
      score: (entity: number) => (entity === 1 ? 2 : 1),
      namesCountry: () => false,
      isCountrysBody: (entity: number, name: string) => (entity === 2 && name === 'Japan') || (entity === 1 && name === 'Kosovo'),
      demonymCountry: (word: string) => ({ Japanese: 'Japan', Indonesian: 'Indonesia', Kosovar: 'Kosovo' })[word] ?? null,
    };
    document.body.innerHTML = '<p>Japanese Ministry of Foreign Affairs officials met. Indonesian Ministry of Foreign Affairs spokesman said.</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const japan = new MentionStore(places);
    expect(japan.add([text], match(1, 9, 35, true, [2]))).toBe(true);
    expect([...japan.all()].map((m) => [m.entity, m.weak])).toEqual([[2, false]]);
    // Indonesia's ministry is not in the knowledge: the name is none of the others.
    const at = text.data.indexOf('Ministry', 40);
    expect(new MentionStore(places).add([text], match(1, at, at + 26, true, [2]))).toBe(false);
    // A capitalised word that is no demonym leaves the name to the page's context.
    document.body.innerHTML = '<p>Yesterday Ministry of Foreign Affairs officials met.</p>';
    const plain = document.querySelector('p')!.firstChild as Text;
    const kosovo = new MentionStore(places);
    expect(kosovo.add([plain], match(1, 10, 36, true, [2]))).toBe(true);
    expect([...kosovo.all()].map((m) => m.entity)).toEqual([1]);
  });

  it("lets a shared name no context settles wait for its usual body's full name where that body is another country's than the story's", () => {
    document.body.innerHTML = '<p>the Conservative Party of Japan lost its seat.</p><p>The UK Conservative Party met. The Conservative Party said no.</p>';
    const [first, second] = [...document.querySelectorAll('p')].map((p) => p.firstChild as Text);
    const at = (text: Text, name: string, from = 0) => [text.data.indexOf(name, from), text.data.indexOf(name, from) + name.length] as const;
    // Britain's party (1) and Norway's (2) share "Conservative Party"; the story is about Japan.
    const japan = new MentionStore({ has: () => true, score: () => 0, belongsElsewhere: () => true });
    japan.inDocumentOrder = true;
    expect(japan.add([first], match(1, ...at(first, 'Conservative Party'), false, [2]))).toBe(false);
    // Once the page names Britain's party in full, the short name is that party's, before the full name (a headline's) and after it.
    expect(japan.add([second], match(1, ...at(second, 'UK Conservative Party')))).toBe(true);
    const [start, end] = at(second, 'Conservative Party', 30);
    expect(japan.add([second], match(1, start, end, false, [2]))).toBe(true);
    expect([...japan.all()].filter((m) => m.active).map((m) => m.range.startOffset)).toEqual([4, 4, start]);
    // On a page that is about no other country, the usual body keeps the name, as before.
    const nowhere = { has: () => true, score: () => 0, belongsElsewhere: () => false };
    expect(new MentionStore(nowhere).add([first], match(1, ...at(first, 'Conservative Party'), false, [2]))).toBe(true);
  });

  it('leaves a known family name after another given name and a quoted nickname or before a kind of place, and keeps it after the person\'s own', () => {
    document.body.innerHTML = '<p>advisor Eduardo ‘Lule’ Menem and Joaquín “El Chapo” Guzmán</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    // Martín Menem (4) and Joaquín Guzmán Loera (5), known by their family names.
    const names: Record<number, string> = { 4: 'Martín Menem', 5: 'Joaquín Guzmán Loera' };
    const page = { has: () => false, score: () => 0, isPerson: () => true, nameOf: (e: number) => names[e] };
    const store = new MentionStore(page);
    expect(store.add([text], match(4, text.data.indexOf('Menem'), text.data.indexOf('Menem') + 5))).toBe(false);
    expect(store.add([text], match(5, text.data.indexOf('Guzmán'), text.data.indexOf('Guzmán') + 6))).toBe(true);
    expect([...store.all()].map((m) => m.entity)).toEqual([5]);
    // A district named like a known family name is no person.
    document.body.innerHTML = '<p>a school in Maga, Danko district of Kebbi; Danko said</p>';
    const district = document.querySelector('p')!.firstChild as Text;
    const at = district.data.indexOf('Danko');
    expect(store.add([district], match(4, at, at + 5))).toBe(false);
    expect(store.add([district], match(4, district.data.lastIndexOf('Danko'), district.data.lastIndexOf('Danko') + 5))).toBe(true);
  });

  it('leaves a known family name after another given name and a patronymic, and keeps it after the person\'s own', () => {
    document.body.innerHTML = '<p>Ambassador Rahman Sahib oglu Mustafayev met Shahin Ali oglu Mustafayev</p>';
    const text = document.querySelector('p')!.firstChild as Text;
    const page = { has: () => false, score: () => 0, isPerson: () => true, nameOf: () => 'Shahin Mustafayev' };
    const store = new MentionStore(page);
    const first = text.data.indexOf('Mustafayev');
    const second = text.data.lastIndexOf('Mustafayev');
    expect(store.add([text], match(4, first, first + 10))).toBe(false);
    expect(store.add([text], match(4, second, second + 10))).toBe(true);
  });
});
