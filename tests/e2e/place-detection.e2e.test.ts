import { describe, expect, it } from 'vitest';
import type { BrowserName } from './support/browsers';
import { expectCards } from './support/cards';
import { useBrowserAndServer } from './support/lifecycle';
import { markedRanges } from './support/marks';
import { hoverText, readCard, sleep, waitFor } from './support/page-helpers';

// Places on real-news pages: a name two places share, a city named like a word, a town named with
// its state, the gazetteer's second tier. The rest of detection is in news-detection.e2e.test.ts.
describe.each<BrowserName>(['chromium', 'firefox'])('places on real-news pages in %s', (name) => {
  const session = useBrowserAndServer(name);

  it('tells a shared place name apart by the page\'s own places: Georgia beside Atlanta is the U.S. state, beside Tbilisi the country', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/us-states.html'));
    // Atlanta and Seattle come from the background, one message after the first marks.
    const marks = await waitFor(() => markedRanges(page), (m) => ['Georgia', 'Virginia', 'Washington state', 'Atlanta', 'Seattle'].every((t) => m.some((x) => x.text === t)), 5000);
    expect(marks.map((m) => m.text)).toEqual(expect.arrayContaining(['Georgia', 'Virginia', 'Washington state', 'Atlanta', 'Seattle']));
    await hoverText(page, 'Georgia', 0, 'article');
    expect((await waitFor(() => readCard(page), (c) => c.open, 3000)).entity).toBe('georgia-us-ga');
    await page.mouseMove(5, 5);
    await page.press('Escape');
    await hoverText(page, 'Washington state', 0, 'article');
    expect((await waitFor(() => readCard(page), (c) => c.open && c.entity !== 'georgia-us-ga', 3000)).entity).toBe('washington-us-wa');

    // Beside Mississippi, Alabama and Florida, with no town of its own named, Georgia is the U.S. state too.
    await page.goto(session.server().url('news/us-storms.html'));
    await waitFor(() => markedRanges(page), (m) => m.some((x) => x.text === 'Georgia'), 5000);
    await hoverText(page, 'Georgia', 0, 'article');
    expect((await waitFor(() => readCard(page), (c) => c.open, 3000)).entity).toBe('georgia-us-ga');
    expect((await markedRanges(page)).map((m) => m.text)).not.toContain('Jordan');
    // Florida, named like a person, in a story that names its country's other states ("Mississippi and Alabama … toward Florida").
    await expectCards(page, [['Florida', 'florida-us-fl']]);

    await page.goto(session.server().url('news/tbilisi-protests.html'));
    await waitFor(() => markedRanges(page), (m) => m.some((x) => x.text === 'Georgia'), 5000);
    await hoverText(page, 'Georgia', 0, 'article');
    expect((await waitFor(() => readCard(page), (c) => c.open, 3000)).entity).toBe('georgia');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('reads a city named like a word by its country ("Nice" in a story that names France), and leaves the words alone', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/riviera-floods.html'));
    // The cities and their contexts come from the background, one message after the first marks.
    await waitFor(() => markedRanges(page), (m) => ['Nice', 'Bologna', 'Split'].every((t) => m.some((x) => x.text === t)), 5000);
    await sleep(300);
    const texts = (await markedRanges(page)).map((m) => m.text);
    for (const word of ['split', 'Tours', 'reading', 'nice']) expect(texts, word).not.toContain(word);
    await expectCards(page, [['Nice', 'nice-fr'], ['Split', 'split-hr']]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('reads a town named with its state as that state\'s town: no Moscow in "Moscow, Idaho", and Georgia after "Athens, " is the U.S. state', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/us-towns.html'));
    // Idaho, Ohio, Toledo and Athens come from the background, one message after the first marks.
    const marks = await waitFor(() => markedRanges(page), (m) => ['Idaho', 'Ohio', 'Toledo', 'Virginia'].every((t) => m.some((x) => x.text === t)), 5000);
    await sleep(500);
    const texts = (await markedRanges(page)).map((m) => m.text);
    expect(marks.length).toBeGreaterThan(0);
    for (const town of ['Moscow', 'Athens', 'Alexandria', 'Oxford', 'Florence', 'Lebanon']) expect(texts, town).not.toContain(town);
    await expectCards(page, [
      ['Georgia', 'georgia-us-ga'],
      ['Toledo', 'toledo-us'],
      ['Virginia', 'virginia-us-va'],
      ['Pennsylvania', 'pennsylvania-us-pa'],
      ['Mexico', 'mexico'],
    ]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('marks a city of 100,000 where news is written in English ("Shreveport", "Ann Arbor"), and no town that is the surname of a person the story named ("Sarah Gresham … Gresham said")', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/us-local.html'));
    // The towns come from the background, one message after the first marks.
    const wanted = ['Shreveport', 'Chattanooga', 'Knoxville', 'Ann Arbor', 'Grand Rapids', 'Memphis', 'Oregon'];
    await waitFor(() => markedRanges(page), (m) => wanted.every((t) => m.some((x) => x.text === t)), 5000);
    await sleep(500);
    const texts = (await markedRanges(page)).map((m) => m.text);
    // Gresham, Oregon and Downey, California are second-tier towns: here they are two people's surnames.
    for (const surname of ['Gresham', 'Downey']) expect(texts, surname).not.toContain(surname);
    await expectCards(page, [['Shreveport', 'shreveport-us'], ['Ann Arbor', 'ann-arbor-us'], ['Grand Rapids', 'grand-rapids-us']]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('opens the state\'s card for "New York" in a state\'s words ("Gov. Kathy Hochul of New York", "New York Attorney General"), and the city\'s elsewhere', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/new-york-budget.html'));
    // The state comes from the background, one message after the first marks, and takes the city's place there.
    await waitFor(() => markedRanges(page), (m) => m.filter((x) => x.text === 'New York').length === 6 && m.some((x) => x.text === 'Brooklyn'), 5000);
    await sleep(300);
    const readings = ['new-york-us-ny', 'new-york-city-us', 'new-york-us-ny', 'new-york-us-ny', 'new-york-us-ny', 'new-york-city-us'];
    await expectCards(page, readings.map((entity, i) => ['New York', entity, i] as const));
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
