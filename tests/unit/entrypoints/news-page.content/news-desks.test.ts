// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { ids, scanFixture } from './scan-fixture';

/** The news desks' pages: names their own words settle, each page a class of names news writes so. */
describe('the bundled knowledge on the news desks\' pages', () => {
  it('keeps Victoria the state beside "Victoria Police", the Border Patrol before a short rank, and marks nothing inside longer names or a kind after "a"', async () => {
    const found = await scanFixture('news/wire-roundup.html');
    expect(found.filter((f) => f.endsWith('=Victoria'))).toEqual(['victoria-au-07=Victoria', 'victoria-au-07=Victoria']);
    expect(found).toEqual(expect.arrayContaining(['us-border-patrol=U.S. Border Patrol', 'gregory-bovino=Gregory Bovino', 'jacinta-allan=Jacinta Allan']));
    // "the Times-Picayune", "a Palestinian state", "Los Hostiles de la Amazonia", "the ‘Dnipro’ formation".
    for (const absent of ['new-york-times', 'state-of-palestine', 'amazon-rainforest', 'dnipro', 'united-states']) expect(ids(found).has(absent), absent).toBe(false);
  });

  it('marks a vote by its kind alone as the year\'s vote of the page\'s country, not another year\'s, and shared short names by the page\'s country', async () => {
    const found = await scanFixture('news/vote-desk.html');
    // Once for this year's round; the annulled vote, 2019's and the next are other votes.
    expect(found.filter((f) => f.endsWith('=presidential election'))).toEqual(['2025-romanian-presidential-election=presidential election']);
    expect(found).toEqual(expect.arrayContaining(['socialist-party-of-albania=PS', 'democratic-party-of-albania=PD', 'copenhagen-airport=Copenhagen airport', 'ankara=Ankara', 'washington-dc=Washington']));
    for (const absent of ['socialist-party-france', 'democratic-party-italy', 'copenhagen-dk', '2024-romanian-presidential-election']) expect(ids(found).has(absent), absent).toBe(false);
  });

  it('gives shared party names the page\'s country, where a family name spells another country ("Luis Montenegro")', async () => {
    const found = await scanFixture('news/lisbon-desk.html');
    expect(found).toEqual(expect.arrayContaining(['democratic-alliance-portugal=Democratic Alliance', 'democratic-alliance-portugal=AD', 'socialist-party-portugal=PS', 'socialist-party-portugal=Socialists']));
    for (const absent of ['democratic-alliance-south-africa', 'socialist-party-france', 'montenegro']) expect(ids(found).has(absent), absent).toBe(false);
  });

  it('gives initials after a possessive name the page\'s country, and leaves a lawmaker\'s district, a class, a currency, a deputy\'s title and a nicknamed namesake alone', async () => {
    const found = await scanFixture('news/world-desk.html');
    // Romania's PSD, not Portugal's: "the Social Democratic Party's (PSD)" spells both.
    expect(found.filter((f) => f.endsWith('=PSD'))).toEqual(['psd-romania=PSD', 'psd-romania=PSD']);
    // "Vice President Duterte" is the Sara Duterte the page named, not her father.
    expect(found).toEqual(expect.arrayContaining(['sara-duterte=Sara Duterte', 'sara-duterte=Duterte', 'martin-menem=Martín Menem', 'ghazala-hashmi=Ghazala Hashmi']));
    expect(found.filter((f) => f.startsWith('martin-menem='))).toEqual(['martin-menem=Martín Menem']);
    // "(D–Chesterfield)", "Virginia-class", "30 US dollars".
    for (const absent of ['psd-portugal', 'rodrigo-duterte', 'chesterfield-gb', 'united-states']) expect(ids(found).has(absent), absent).toBe(false);
    expect(found.filter((f) => f.startsWith('virginia-us-va='))).toEqual(['virginia-us-va=Virginia', 'virginia-us-va=Virginia']);
  });

  it('marks "the Senate" beside a leader\'s family name, a state after a chamber leader\'s name, and a borough with a lower-case article', async () => {
    const found = await scanFixture('news/capitol-desk.html');
    // The headline's and the story's two; "Senate Democratic leader" is a title run, left alone.
    expect(found.filter((f) => f.endsWith('=Senate'))).toEqual(Array(3).fill('us-senate=Senate'));
    expect(found).toEqual(expect.arrayContaining(['new-york-us-ny=New York', 'the-bronx-us=Bronx', 'chuck-schumer=Chuck Schumer']));
    expect(ids(found).has('new-york-city-us'), 'Schumer "of New York" is the state').toBe(false);
  });

  it('reads a dateline\'s short month, initials that spell the end of a longer name, a party\'s initials by its people, and a patronymic', async () => {
    const found = await scanFixture('news/abroad-desk.html');
    expect(found.filter((f) => f.startsWith('lisbon-pt='))).toEqual(['lisbon-pt=Lisbon', 'lisbon-pt=Lisbon']);
    // The CPV is the party, not the congress whose name ends with the party's.
    expect(found.filter((f) => f.endsWith('=CPV'))).toEqual(['communist-party-of-vietnam=CPV', 'communist-party-of-vietnam=CPV']);
    // "the Dutch coalition" says whose BBB and NSC (not the U.S. National Security Council).
    expect(found).toEqual(expect.arrayContaining(['farmer-citizen-movement=BBB', 'new-social-contract=NSC', 'samir-rzayev=Samir Musa oglu Rzayev']));
    // "Rahman Sahib oglu Mustafayev" is the ambassador, not Azerbaijan's deputy prime minister.
    for (const absent of ['shahin-mustafayev', 'us-national-security-council']) expect(ids(found).has(absent), absent).toBe(false);
  });
});
