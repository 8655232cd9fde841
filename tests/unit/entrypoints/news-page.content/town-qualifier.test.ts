// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MentionStore } from '@/entrypoints/news-page.content/mentions';
import { Scanner } from '@/entrypoints/news-page.content/scanner';
import { TownQualifier } from '@/entrypoints/news-page.content/town-qualifier';
import type { EntityTable } from '@/utils/knowledge/entity-table';
import type { CompiledAlias } from '@/utils/knowledge/types';
import { AliasFlag, buildAliasIndex } from '@/utils/matching/alias-index';
import { StateCue } from '@/utils/matching/state-cues';

// id, name, the names pages match ("~" weak); all places.
const ENTITIES: [string, string, string[]][] = [
  ['moscow', 'Moscow', ['Moscow']],
  ['georgia', 'Georgia', ['Georgia']],
  ['georgia-us-ga', 'Georgia (U.S. state)', ['~Georgia']],
  ['tbilisi', 'Tbilisi', ['Tbilisi']],
  ['idaho-us-id', 'Idaho', ['Idaho']],
  ['virginia-us-va', 'Virginia (U.S. state)', ['~Virginia']],
  ['alexandria-eg', 'Alexandria', ['Alexandria']],
  ['toledo-es', 'Toledo', ['Toledo']],
  ['toledo-us', 'Toledo', ['Toledo']],
  ['athens-gr', 'Athens', ['Athens']],
  ['lebanon', 'Lebanon', ['Lebanon']],
  ['pennsylvania-us-pa', 'Pennsylvania', ['Pennsylvania', 'Pa.']],
  ['mexico', 'Mexico', ['Mexico']],
  ['texas-us-tx', 'Texas', ['Texas']],
  ['jordan', 'Jordan', ['Jordan']],
  ['jim-jordan', 'Jim Jordan', ['~Jordan']],
  ['minnesota-us-mn', 'Minnesota', ['Minnesota']],
  ['santa-fe-ar', 'Santa Fe', ['Santa Fe']],
  ['new-mexico-us-nm', 'New Mexico', ['New Mexico']],
  ['buffalo-us', 'Buffalo', ['Buffalo']],
  ['new-york-city-us', 'New York City', ['New York']],
  // The state's "New York" needs a state's words (`StateCue.CueOnly`): news gives the city so.
  ['new-york-us-ny', 'New York (U.S. state)', ['^New York']],
];
const table = {
  id: (p: number) => ENTITIES[p][0],
  name: (p: number) => ENTITIES[p][1],
  type: (p: number) => (ENTITIES[p][0] === 'jim-jordan' ? 'person' : 'place'),
} as unknown as EntityTable;
// Towns and first-level regions (an Argentine province: "Santa Fe").
// The background's located places hold the states too.
const TOWNS = { Russia: 'moscow', Georgia: 'tbilisi', Egypt: 'alexandria-eg', Spain: 'toledo-es', 'United States': 'toledo-us buffalo-us new-york-city-us new-york-us-ny', Greece: 'athens-gr', Argentina: 'santa-fe-ar' };
const REGIONS = { 'United States': 'Idaho|Georgia|Virginia|Ohio|Pennsylvania|Pa.|Texas|Minnesota|New Mexico|New York' };
const COUNTRIES = { Georgia: ['Georgia'], Russia: ['Russia'], 'United States': ['United States', 'U.S.'], Lebanon: ['Lebanon'], Mexico: ['Mexico'], Jordan: ['Jordan'] };

const CUE_ONLY_STATE = 1 | ((StateCue.Shared | StateCue.State | StateCue.CueOnly) << AliasFlag.CueShift);
function aliases(known: (id: string) => boolean): CompiledAlias[] {
  return ENTITIES.flatMap(([id, , names], i) =>
    known(id) ? names.map((a): CompiledAlias => (a.startsWith('~') ? [a.slice(1), i, 1] : a.startsWith('^') ? [a.slice(1), i, CUE_ONLY_STATE] : [a, i, 0])) : [],
  );
}

/** Scans `text` in a paragraph; returns each mark as "text=id" in page order, and the scanner. */
function scan(text: string, known: (id: string) => boolean = () => true) {
  document.body.innerHTML = `<article><p>${text}</p></article>`;
  const store = new MentionStore(undefined, new TownQualifier(() => table, TOWNS, REGIONS, COUNTRIES));
  const scanner = new Scanner(store, buildAliasIndex(aliases(known)));
  scanner.scanNow(document.body, true);
  const marks = () =>
    [...store.all()]
      .filter((m) => m.active)
      .sort((a, b) => a.range.startOffset - b.range.startOffset)
      .map((m) => `${(m.range.startContainer as Text).data.slice(m.range.startOffset, m.range.endOffset)}=${ENTITIES[m.entity][0]}`);
  return { marks, scanner, store };
}

describe('a town named with its state or country after a comma', () => {
  it.each([
    ['The killings in Moscow, Idaho, shocked the town.', ['Idaho=idaho-us-id']],
    ['A factory in Toledo, Ohio, closed.', ['Toledo=toledo-us']],
    ['Protesters in Tbilisi, Georgia, marched.', ['Tbilisi=tbilisi', 'Georgia=georgia']],
    // The state's weak name is marked as the qualifier of a town, even one the knowledge places elsewhere.
    ['A court in Alexandria, Virginia, sat.', ['Virginia=virginia-us-va']],
    ['Virginia Giuffre spoke in Alexandria.', ['Alexandria=alexandria-eg']],
    ['Talks in Moscow went ahead.', ['Moscow=moscow']],
    // A list: Georgia the country, whose name opens the next item.
    ['In Moscow, Georgia and Armenia talked.', ['Moscow=moscow', 'Georgia=georgia']],
    // A country's name with a state after it is a town the knowledge lacks; the state is marked.
    ['A plant in Lebanon, Pennsylvania, closed.', ['Pennsylvania=pennsylvania-us-pa']],
    ['Police in Lebanon, Pa., said on Monday.', ['Pa=pennsylvania-us-pa']],
    ['He was born in Mexico, Texas.', ['Texas=texas-us-tx']],
    // Also where the name is a person's too.
    ['In Jordan, Minnesota, a school reopened.', ['Minnesota=minnesota-us-mn']],
    // Read strictly: a list, or a new clause, keeps the country.
    ['Migrants from Mexico, Texas and Arizona met.', ['Mexico=mexico', 'Texas=texas-us-tx']],
    ['In Lebanon, Texas officials sent aid.', ['Lebanon=lebanon', 'Texas=texas-us-tx']],
    ['Strikes on Syria, Lebanon, Pennsylvania, the report said.', ['Lebanon=lebanon', 'Pennsylvania=pennsylvania-us-pa']],
    // A country after a country is a list.
    ['Envoys from Lebanon, Georgia.', ['Lebanon=lebanon', 'Georgia=georgia']],
    // A region of another country is not the town in that state.
    ['He died at his home in Santa Fe, New Mexico, at 95.', ['New Mexico=new-mexico-us-nm']],
    ['Floods hit Santa Fe province.', ['Santa Fe=santa-fe-ar']],
    // A state named as a city is: the town before it says which.
    ['said a strike captain from Buffalo, New York, in a statement.', ['Buffalo=buffalo-us', 'New York=new-york-us-ny']],
    ['Protests in London, New York and Paris grew.', ['New York=new-york-city-us']],
    ['He moved to New York last year.', ['New York=new-york-city-us']],
  ])('%s', (text, marks) => {
    expect(scan(text).marks()).toEqual(marks);
  });

  it('leaves a town the page put elsewhere unmarked wherever the page names it alone, before or after', () => {
    expect(scan('The killings in Moscow, Idaho, shocked the town. Moscow police said on Monday that officers in Moscow had a suspect.').marks()).toEqual(['Idaho=idaho-us-id']);
    document.body.innerHTML = '<article><h1>Moscow police name a suspect</h1><p>The killings in Moscow, Idaho, shocked the town.</p></article>';
    const store = new MentionStore(undefined, new TownQualifier(() => table, TOWNS, REGIONS, COUNTRIES));
    new Scanner(store, buildAliasIndex(aliases(() => true))).scanNow(document.body, true);
    expect([...store.all()].map((m) => ENTITIES[m.entity][0])).toEqual(['idaho-us-id']);
    expect(store.takeChanges().removed.map((m) => ENTITIES[m.entity][0])).toEqual(['moscow']);
  });

  it('keeps the town a qualifier chose, and a town no qualifier put elsewhere', () => {
    expect(scan('A factory in Toledo, Ohio, closed. Toledo police said.').marks()).toEqual(['Toledo=toledo-us', 'Toledo=toledo-us']);
    expect(scan('Talks in Moscow went ahead, as Tbilisi, Georgia, watched.').marks()).toEqual(['Moscow=moscow', 'Tbilisi=tbilisi', 'Georgia=georgia']);
  });

  it('reads a shared state again once the town before it comes from the background ("Athens, Georgia")', () => {
    const withoutAthens = scan('The storm reached Athens, Georgia, at night.', (id) => id !== 'athens-gr');
    expect(withoutAthens.marks()).toEqual(['Georgia=georgia']);
    const { scanner } = withoutAthens;
    scanner.setIndex(buildAliasIndex(aliases(() => true)));
    const athens = ENTITIES.findIndex(([id]) => id === 'athens-gr');
    scanner.scanForNew([document.querySelector('p')!.firstChild as Text], (entity) => entity === athens);
    expect(withoutAthens.marks()).toEqual(['Georgia=georgia-us-ga']);
  });

  it('marks a state under its weak name once the town before it comes from the background ("Alexandria, Virginia")', () => {
    const withoutTown = scan('A court in Alexandria, Virginia, sat.', (id) => id !== 'alexandria-eg');
    expect(withoutTown.marks()).toEqual([]);
    withoutTown.scanner.setIndex(buildAliasIndex(aliases(() => true)));
    const alexandria = ENTITIES.findIndex(([id]) => id === 'alexandria-eg');
    withoutTown.scanner.scanForNew([document.querySelector('p')!.firstChild as Text], (entity) => entity === alexandria);
    expect(withoutTown.marks()).toEqual(['Virginia=virginia-us-va']);
  });

  it('reads a state name two countries share as a state, loosely, not as a country', () => {
    document.body.innerHTML = '<article><p>Fires near Moscow, Victoria and Ohio spread.</p></article>';
    const shared = { Australia: 'Victoria', Canada: 'Victoria' };
    const store = new MentionStore(undefined, new TownQualifier(() => table, TOWNS, shared, COUNTRIES));
    new Scanner(store, buildAliasIndex(aliases(() => true))).scanNow(document.body, true);
    expect([...store.all()].map((m) => ENTITIES[m.entity][0])).toEqual([]);
  });
});
