import { describe, expect, it } from 'vitest';
import type { BrowserName } from './support/browsers';
import { expectCards } from './support/cards';
import { useBrowserAndServer } from './support/lifecycle';
import { markedRanges } from './support/marks';
import { highlightSizes, hoverText, readCard, sleep, totalMarks, waitFor } from './support/page-helpers';

describe.each<BrowserName>(['chromium', 'firefox'])('detection on real-news pages in %s', (name) => {
  const session = useBrowserAndServer(name);

  it('gives no wrong card on a page built of traps: names inside longer names, all-caps banners, given names', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/traps-news.html'));
    await sleep(1500);
    const texts = (await markedRanges(page)).map((m) => m.text);
    for (const trap of ['Paris', 'Washington', 'US', 'WHO', 'IT', 'Sydney', 'Chad', 'Merz', 'Fico', 'Korea', 'Victoria', 'Florence', 'Georgia', 'Buffalo', 'Dallas', 'Denver', 'Houston', 'Jordan', 'Fox', 'Texas Rangers', 'Colorado Rockies']) {
      expect(texts, trap).not.toContain(trap);
    }
    // A trap inside a longer name the knowledge has opens that name's card, never the short one's.
    const longer: Record<string, string> = { Sydney: 'Sydney Sweeney' };
    for (const trap of ['Paris', 'Chad', 'US', 'Merz', 'Sydney', 'Georgia']) {
      await page.mouseMove(5, 5);
      await hoverText(page, trap);
      await sleep(450);
      const card = await readCard(page);
      if (longer[trap]) expect(card.open ? card.name : longer[trap], trap).toBe(longer[trap]);
      else expect(card.open, trap).toBe(false);
    }
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('keeps initials to what the page spelled them out as, reads past a middle initial, and reads no name in a byline, a handle or a code', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/imf-loan-digest.html'));
    // The facilities and Bovino come from the background, one message after the first marks.
    const marks = await waitFor(() => markedRanges(page), (m) => ['Extended Fund Facility', 'Gregory K. Bovino'].every((t) => m.some((x) => x.text === t)), 5000);
    const texts = marks.map((m) => m.text);
    // "David Lynch, PA Political Correspondent", "(@FM_Szijjarto)", "US-EAST-1".
    for (const trap of ['David Lynch', 'Szijjarto', 'US']) expect(texts, trap).not.toContain(trap);
    await expectCards(page, [
      // "the second review of the EFF": the IMF's facility the page defined, not South Africa's party.
      ['EFF', 'extended-fund-facility', 1],
      ['RSF', 'resilience-and-sustainability-facility', 1],
      ['Gregory K. Bovino', 'gregory-bovino'],
    ]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('marks surnames alone and after titles, and opens the right person’s card', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/surnames.html'));
    const surnames = ['Zelenskyy', 'Putin', 'Erdoğan', 'Macron', 'Merz', 'Orbán', 'Costa', 'Syrskyi', 'Sergey Lavrov', 'Fidan', 'Sybiha', 'Peskov'];
    // Names the background holds come one message after the first marks.
    const marks = await waitFor(() => markedRanges(page), (m) => surnames.every((s) => m.some((x) => x.text === s)), 5000);
    const texts = marks.map((m) => m.text);
    for (const surname of surnames) {
      expect(texts, surname).toContain(surname);
    }
    const cases: [string, number, string][] = [
      ['Zelenskyy', 1, 'Volodymyr Zelensky'],
      ['Merz', 0, 'Friedrich Merz'],
      ['Costa', 0, 'António Costa'],
      ['Syrskyi', 0, 'Oleksandr Syrskyi'],
      ['Sergey Lavrov', 0, 'Sergei Lavrov'],
      ['Erdoğan', 1, 'Recep Tayyip Erdoğan'],
    ];
    for (const [text, occurrence, expected] of cases) {
      // Close the last card first: it may cover the next name.
      await page.mouseMove(5, 5);
      await page.press('Escape');
      await waitFor(() => readCard(page), (c) => !c.open, 2000);
      await hoverText(page, text, occurrence, 'article');
      const card = await waitFor(() => readCard(page), (c) => c.open && c.name === expected, 3000);
      expect(card.name, text).toBe(expected);
    }
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('reads a city\'s name as its club on a sports page: Liverpool beside Salah and the Premier League is the club', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/football-weekend.html'));
    // The clubs and their contexts come from the background, one message after the first marks.
    await waitFor(() => markedRanges(page), (m) => ['Liverpool', 'Barcelona', 'Mohamed Salah'].every((t) => m.some((x) => x.text === t)), 5000);
    await expectCards(page, [['Liverpool', 'liverpool-fc'], ['Barcelona', 'fc-barcelona']]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('marks a club by its nickname where a schedule reads as a team\'s ("vs. Ravens"), and not one "at Steelers" says nothing of', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/us-sports-roundup.html'));
    // The clubs and their ties come from the background, one message after the first marks.
    await waitFor(() => markedRanges(page), (m) => ['Ravens', 'Bengals'].every((t) => m.some((x) => x.text === t)), 5000);
    await sleep(300);
    expect((await markedRanges(page)).map((m) => m.text)).not.toContain('Steelers');
    await expectCards(page, [['Ravens', 'baltimore-ravens']]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('marks companies by a word where a list names them beside a marked company ("Alphabet, Amazon, Meta and Oracle"), and no given name in a list after "her children"', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/chip-rally.html'));
    // Meta, Oracle and Alphabet come from the background, one message after the first marks.
    const marks = await waitFor(() => markedRanges(page), (m) => ['Apple', 'Alphabet', 'Meta', 'Oracle'].every((t) => m.some((x) => x.text === t)), 5000);
    await sleep(300);
    const texts = (await markedRanges(page)).map((m) => m.text);
    expect(marks.length).toBeGreaterThan(0);
    for (const name of ['Harper', 'Chelsea', 'Brooklyn']) expect(texts, name).not.toContain(name);
    await expectCards(page, [['Meta', 'meta-platforms'], ['Apple', 'apple'], ['Oracle', 'oracle-corporation']]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('opens a backbench MP\'s card from the Commons results, and none for a name many people share ("the broadcaster Chris Evans") or for the reporter in the byline', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/uk-backbench.html'));
    // The MPs come from the background, one message after the first marks.
    await waitFor(() => markedRanges(page), (m) => ['Labour', 'Nadia Whittome', 'Bernard Jenkin', 'Marie Tidball'].every((t) => m.some((x) => x.text === t)), 5000);
    await sleep(300);
    const texts = (await markedRanges(page)).map((m) => m.text);
    for (const name of ['Chris Evans', 'Alex Baker']) expect(texts, name).not.toContain(name);
    await expectCards(page, [['Bernard Jenkin', 'bernard-jenkin'], ['Marie Tidball', 'marie-tidball']]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('reads a place\'s weak name by its country ("Tyre" in a story about Lebanon), an acronym apart from a name of its letters ("SNAP", not Snap Inc.), and a picture credit as the agency\'s', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/lebanon-south.html'));
    // The city and its context come from the background, one message after the first marks.
    await waitFor(() => markedRanges(page), (m) => m.some((x) => x.text === 'Tyre'), 5000);
    await expectCards(page, [['Tyre', 'tyre-lebanon']]);
    expect(page.errors).toEqual([]);
    await page.goto(session.server().url('news/snap-shutdown.html'));
    // The agency comes from the background, one message after the first marks.
    // Both: the caption's credit "(AP Photo/Staff)" and "the AP reported".
    const marks = await waitFor(() => markedRanges(page), (m) => m.some((x) => x.text === 'Supplemental Nutrition Assistance Program') && m.filter((x) => x.text === 'AP').length === 2, 5000);
    const texts = marks.map((m) => m.text);
    expect(texts).toContain('WASHINGTON');
    // "the AP reported" is the agency's (its card: see the wire-credits page), never Norway's Labour Party ("Ap").
    expect(new Set(marks.filter((m) => m.text === 'AP').map((m) => m.type))).toEqual(new Set(['organization']));
    expect(texts).not.toContain('Snap');
    await expectCards(page, [['SNAP benefits', 'supplemental-nutrition-assistance-program']]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('opens no card for a surname inside another person\'s name or a word inside a longer name ("Jimmy Buffett", "Standard & Poor\'s", "GLP-1", "Hamilton County")', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/arts-and-markets.html'));
    await waitFor(() => markedRanges(page), (m) => ['Warren Buffett', 'Ohio'].every((t) => m.some((x) => x.text === t)), 5000);
    await sleep(300);
    const texts = (await markedRanges(page)).map((m) => m.text);
    for (const trap of ['Buffett', 'The Standard', 'Houston', 'GLP', 'Hamilton', 'Santa Fe', 'Stade', 'France', 'the Rock', 'Don', 'DUI']) expect(texts, trap).not.toContain(trap);
    // "Brent rose to $64 a barrel" is the oil benchmark's card.
    await expectCards(page, [["Standard & Poor's 500", 's-and-p-500'], ['Warren Buffett', 'warren-buffett'], ['Brent', 'brent-crude']]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('marks a name many countries use only in its own country\'s story ("Labour Party", "the Treasury", "Congress"), and lets the background\'s longer names win', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/labour-uk.html'));
    const uk = await waitFor(() => markedRanges(page), (m) => m.some((x) => x.text === 'Labour Party'), 5000);
    expect(uk.map((m) => m.text)).toContain('Labour Party');
    // "the Treasury" is Britain's in a Westminster story and America's in a Washington one.
    await expectCards(page, [['the Treasury', 'hm-treasury']]);
    await page.goto(session.server().url('news/us-house-funding.html'));
    await waitFor(() => markedRanges(page), (m) => m.some((x) => x.text === 'the Treasury'), 5000);
    await expectCards(page, [['the Treasury', 'us-department-of-the-treasury'], ['Congress', 'us-congress'], ['the House', 'us-house-of-representatives']]);
    await page.goto(session.server().url('news/labour-israel.html'));
    // Yair Golan comes from the background, after the first marks.
    const israel = await waitFor(() => markedRanges(page), (m) => m.some((x) => x.text === 'Yair Golan') && !m.some((x) => x.type === 'place' && x.text === 'Golan'), 5000);
    expect(israel.map((m) => m.text)).not.toContain('Labour Party');
    expect(israel.filter((m) => m.text === 'Golan').map((m) => m.type)).toEqual(['person']);
    // "Congress" and "the House" are India's in a Delhi story that names Washington in passing.
    await page.goto(session.server().url('news/india-congress.html'));
    await waitFor(() => markedRanges(page), (m) => m.some((x) => x.text === 'the House'), 5000);
    await expectCards(page, [['Congress', 'indian-national-congress', 1], ['the House', 'lok-sabha']]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('reads a headline that writes "is" small as Title Case, where its names are marked, a German story\'s "Social Democrats" and "Christian Democrats" as its parties, and an event by its year', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/germany-coalition.html'));
    const wanted = ['Klingbeil', 'Söder', 'Social Democrats', 'Christian Democrats', 'Joseph R. Biden Jr', '2021 German federal election'];
    // Söder, Klingbeil and the 2021 election come from the background, after the first marks: the
    // page asks about a number ("2021") as about a capitalised word.
    const marks = await waitFor(() => markedRanges(page), (m) => wanted.every((t) => m.some((x) => x.text === t)), 5000);
    expect(marks.map((m) => m.text)).toEqual(expect.arrayContaining(wanted));
    // The headline's "Merz" and the story's: prose would read "Klingbeil Backs Merz" as one longer name.
    expect(marks.filter((m) => m.text === 'Merz').length).toBe(2);
    await expectCards(page, [['Söder', 'markus-soder'], ['Social Democrats', 'spd'], ['Christian Democrats', 'cdu'], ['Joseph R. Biden Jr', 'joe-biden'], ['2021 German federal election', '2021-german-federal-election']]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it("settles a party's and Congress's weak names by the states a Senate story names, and a party the page carries by its leader", async () => {
    const page = await session.browser().newPage();
    // No "United States", no Washington, no president: the senators' states say which country's.
    await page.goto(session.server().url('news/senate-vote.html'));
    const senate = await waitFor(() => markedRanges(page), (m) => m.some((x) => x.text === 'Congress'), 5000);
    const bodies = senate.filter((m) => m.type === 'organization').map((m) => m.text);
    expect(bodies).toEqual(expect.arrayContaining(['Democrats', 'Republicans', 'Congress']));
    // "the House" is not settled by a state: each state has its own.
    expect(bodies).not.toContain('the House');
    await hoverText(page, 'Democrats', 0, 'article');
    expect((await waitFor(() => readCard(page), (c) => c.open, 3000)).entity).toBe('democratic-party-us');
    // "Peter Magyar", written without his name's accent, settles "Tisza" as his party, not the river.
    await page.goto(session.server().url('news/hungary-polls.html'));
    const hungary = await waitFor(() => markedRanges(page), (m) => m.filter((x) => x.text === 'Tisza').length === 2, 5000);
    expect(hungary.filter((m) => m.text === 'Tisza').map((m) => m.type)).toEqual(['organization', 'organization']);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('opens the agency\'s card for a wire credit ("TOKYO (AP) —", "told AFP") and the platform\'s for "a post on X", and none for a town that stands for its team', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/wire-credits.html'));
    const marks = await waitFor(() => markedRanges(page), (m) => ['AP', 'AFP', 'X', 'Florida'].every((t) => m.some((x) => x.text === t)), 5000);
    const texts = marks.map((m) => m.text);
    for (const team of ['Miami', 'Washington', 'Denver']) expect(texts, team).not.toContain(team);
    await expectCards(page, [['AP', 'associated-press'], ['AFP', 'afp'], ['X', 'x-social-network']]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('opens the Council of the EU\'s card for "the Council" named with the European Parliament, after a summit of the European Council', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/eu-council-deal.html'));
    await waitFor(() => markedRanges(page), (m) => m.filter((x) => x.text === 'Council').length === 2, 5000);
    // The first "Council" on the page is the European Council's own word.
    await expectCards(page, [['European Council', 'european-council'], ['European Parliament', 'european-parliament'], ['Council', 'council-of-the-european-union', 1]]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('gives a bare surname to the person the story named in full ("Nikola Vucevic … Vucevic"), not to a better-known namesake, in the headline too', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/namesakes.html'));
    // The players come from the background, one message after the first marks.
    await waitFor(() => markedRanges(page), (m) => m.some((x) => x.text === 'Nikola Vucevic') && m.some((x) => x.text === 'Arda Güler'), 5000);
    await sleep(300);
    // Each surname's third time on the page, after the full name, and its first, in the headline read before it.
    await expectCards(page, [['Vucevic', 'nikola-vucevic', 2], ['Güler', 'arda-guler', 2], ['Vucevic', 'nikola-vucevic', 0], ['Güler', 'arda-guler', 0]]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('leaves a page in another script alone: no scan, no mark', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/chinese-page.html'));
    await sleep(1500);
    expect(totalMarks(await highlightSizes(page))).toBe(0);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
