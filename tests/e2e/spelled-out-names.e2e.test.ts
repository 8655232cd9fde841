import { describe, expect, it } from 'vitest';
import type { BrowserName } from './support/browsers';
import { expectCards } from './support/cards';
import { useBrowserAndServer } from './support/lifecycle';
import { markedRanges } from './support/marks';
import { waitFor } from './support/page-helpers';

/**
 * Names the page's own words settle: initials it spelled out, a family name after the full
 * name, a town's state after a comma, and names inside longer ones or one of a kind.
 */
describe.each<BrowserName>(['chromium', 'firefox'])('names the page spells out, in %s', (name) => {
  const session = useBrowserAndServer(name);

  it('gives initials the entities of the name they spell, a family name the person named in full, a town\'s state the state, and no place inside a body\'s name', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/election-desk.html'));
    // Jim Jordan and the states come from the background, one message after the first marks.
    const marks = await waitFor(() => markedRanges(page), (m) => ['Jim Jordan', 'Islamabad High Court'].every((t) => m.some((x) => x.text === t)), 5000);
    const texts = marks.map((m) => m.text);
    // "the Islamabad High Court", "The Young Socialists of Switzerland", "The Australian man".
    for (const trap of ['Islamabad', 'Switzerland', 'The Australian']) expect(texts, trap).not.toContain(trap);
    await expectCards(page, [
      // Honduras's and Kosovo's, not Ecuador's or Ukraine's, the bodies known by those initials.
      ['CNE', 'national-electoral-council-honduras', 1],
      ['CEC', 'central-election-commission-of-kosovo', 1],
      ['Jordan', 'jim-jordan', 1],
      ['New York', 'new-york-us-ny'],
      ['Islamabad High Court', 'islamabad-high-court'],
    ]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('keeps Victoria the state beside "Victoria Police" and the Border Patrol before a short rank, and marks nothing inside longer names or a kind after "a"', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/wire-roundup.html'));
    // The Border Patrol comes from the background, one message after the first marks.
    const marks = await waitFor(() => markedRanges(page), (m) => m.some((x) => x.text === 'U.S. Border Patrol'), 5000);
    const texts = marks.map((m) => m.text);
    // "the Times-Picayune", "a Palestinian state", "Los Hostiles de la Amazonia", "the ‘Dnipro’ formation", "U.S." inside the Border Patrol.
    for (const trap of ['the Times', 'Palestinian state', 'Amazonia', 'Dnipro', 'U.S.']) expect(texts, trap).not.toContain(trap);
    expect(texts.filter((t) => t === 'Victoria')).toHaveLength(2);
    await expectCards(page, [
      // The third "Victoria" in the article, after "Victoria Police".
      ['Victoria', 'victoria-au-07', 2],
      ['U.S. Border Patrol', 'us-border-patrol'],
      ['Gregory Bovino', 'gregory-bovino'],
    ]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('marks a vote by its kind alone as the year\'s vote of the page\'s country, and shared short names by the page\'s country', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/vote-desk.html'));
    // The votes and the airport come from the background, one message after the first marks.
    const marks = await waitFor(() => markedRanges(page), (m) => ['presidential election', 'Copenhagen airport'].every((t) => m.some((x) => x.text === t)), 5000);
    const texts = marks.map((m) => m.text);
    // This year's round only: the annulled vote, 2019's and the next are other votes.
    expect(texts.filter((t) => t === 'presidential election')).toHaveLength(1);
    for (const trap of ['Copenhagen']) expect(texts, trap).not.toContain(trap);
    await expectCards(page, [
      ['presidential election', '2025-romanian-presidential-election'],
      // Albania's parties, not France's PS or Italy's PD.
      ['PS', 'socialist-party-of-albania'],
      ['PD', 'democratic-party-of-albania'],
      ['Copenhagen airport', 'copenhagen-airport'],
      // "Ankara, Washington and other allies": two capitals, not a town in Washington state.
      ['Ankara', 'ankara'],
    ]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('gives shared party names the page\'s country, where a family name spells another country', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/lisbon-desk.html'));
    // Portugal's alliance comes from the background, one message after the first marks.
    await waitFor(() => markedRanges(page), (m) => m.some((x) => x.text === 'Democratic Alliance'), 5000);
    await expectCards(page, [
      // Portugal's, not South Africa's alliance or France's Socialists: "Montenegro" here is the prime minister.
      ['Democratic Alliance', 'democratic-alliance-portugal'],
      ['AD', 'democratic-alliance-portugal'],
      ['PS', 'socialist-party-portugal'],
      ['Socialists', 'socialist-party-portugal'],
    ]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('gives initials after a possessive name the page\'s country, and marks no lawmaker\'s district, class, currency or nicknamed namesake', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/world-desk.html'));
    // Romania's PSD and Ghazala Hashmi come from the background, one message after the first marks.
    const marks = await waitFor(() => markedRanges(page), (m) => ['PSD', 'Ghazala Hashmi'].every((t) => m.some((x) => x.text === t)), 5000);
    const texts = marks.map((m) => m.text);
    // "(D–Chesterfield)", "30 US dollars", and Eduardo ‘Lule’ Menem: one Menem, the speaker.
    for (const trap of ['Chesterfield', 'US']) expect(texts, trap).not.toContain(trap);
    expect(texts.filter((t) => t === 'Menem')).toEqual([]);
    expect(texts.filter((t) => t === 'Virginia')).toHaveLength(2);
    await expectCards(page, [
      ['PSD', 'psd-romania', 1],
      ['Duterte', 'sara-duterte', 1],
      ['Martín Menem', 'martin-menem'],
    ]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('marks "the Senate" beside a leader\'s family name, a state after a chamber leader\'s name, a dateline\'s place before a short month, and a patronymic', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/capitol-desk.html'));
    // The Bronx and the state come from the background, one message after the first marks.
    await waitFor(() => markedRanges(page), (m) => ['Bronx', 'New York'].every((t) => m.some((x) => x.text === t)), 5000);
    await expectCards(page, [
      ['Senate', 'us-senate', 1],
      ['New York', 'new-york-us-ny'],
      ['Bronx', 'the-bronx-us'],
    ]);
    expect(page.errors).toEqual([]);
    await page.close();

    const abroad = await session.browser().newPage();
    await abroad.goto(session.server().url('news/abroad-desk.html'));
    const marks = await waitFor(() => markedRanges(abroad), (m) => ['BBB', 'NSC', 'Samir Musa oglu Rzayev'].every((t) => m.some((x) => x.text === t)), 5000);
    expect(marks.map((m) => m.text)).not.toContain('Mustafayev');
    await expectCards(abroad, [
      ['Lisbon', 'lisbon-pt', 1],
      ['CPV', 'communist-party-of-vietnam'],
      ['BBB', 'farmer-citizen-movement'],
      ['Samir Musa oglu Rzayev', 'samir-rzayev'],
    ]);
    expect(abroad.errors).toEqual([]);
    await abroad.close();
  });
});
