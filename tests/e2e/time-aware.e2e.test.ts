import { describe, expect, it } from 'vitest';
import type { BrowserName } from './support/browsers';
import { useBrowserAndServer } from './support/lifecycle';
import { markedRanges } from './support/marks';
import { expectCards } from './support/cards';
import { hoverText, readCard, readCardFrame, sleep, waitFor } from './support/page-helpers';

describe.each<BrowserName>(['chromium', 'firefox'])('time-aware cards in %s', (name) => {
  const session = useBrowserAndServer(name);

  it('shows an old article\'s office holders as they were then, with the present beside it', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/archive-2020-brexit.html'));
    await waitFor(() => markedRanges(page), (m) => m.some((x) => x.text === 'Boris Johnson'), 5000);

    await hoverText(page, 'Boris Johnson', 0, 'article');
    await waitFor(() => readCard(page), (c) => c.open && c.name === 'Boris Johnson', 3000);
    const johnson = await readCardFrame(page);
    expect(johnson.frame).toBe('At the time of this article (31 January 2020)');
    expect(johnson.facts[0]).toEqual({ time: 'ended', text: 'then Prime Minister of the United Kingdom (2019–2022)' });
    // Foreign Secretary 2016–2018 was over by then: not shown as "then".
    expect(johnson.facts.filter((f) => f.time === 'ended')).toHaveLength(1);

    await hoverText(page, 'Charles Michel', 0, 'article');
    await waitFor(() => readCard(page), (c) => c.open && c.name === 'Charles Michel', 3000);
    const michel = await readCardFrame(page);
    expect(michel.facts[0]).toEqual({ time: 'ended', text: 'then President of the European Council (2019–2024)' });

    // Barnier became Prime Minister of France years after this article.
    await hoverText(page, 'Michel Barnier', 0, 'article');
    await waitFor(() => readCard(page), (c) => c.open && c.name === 'Michel Barnier', 3000);
    const barnier = await readCardFrame(page);
    expect(barnier.facts).toContainEqual({ time: 'later', text: 'later: Prime Minister of France (September 2024 – 13 December 2024)' });
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('shows a recent article\'s office holders as current, framed by its date', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/poland-drones.html'));
    await waitFor(() => markedRanges(page), (m) => m.some((x) => x.text === 'Mark Rutte'), 5000);
    await hoverText(page, 'Mark Rutte', 0, 'article');
    await waitFor(() => readCard(page), (c) => c.open && c.name === 'Mark Rutte', 3000);
    const rutte = await readCardFrame(page);
    expect(rutte.frame).toBe('At the time of this article (10 September 2025)');
    expect(rutte.facts[0]).toEqual({ time: 'current', text: 'Secretary General of NATO · since 2024' });
    expect(rutte.facts.some((f) => f.time === 'ended')).toBe(false);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it("reads an election named without its year as the one of the article's year, and by year and kind as its country's; an undated page gets no year's", async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/elections-dated.html'));
    // Both come from the background, one message after the first marks.
    await waitFor(() => markedRanges(page), (m) => m.filter((x) => x.text === 'Dutch general election').length === 2 && m.some((x) => x.text === '2024 general election'), 5000);
    await expectCards(page, [
      ['Dutch general election', '2025-dutch-general-election'],
      ['2024 general election', '2024-united-kingdom-general-election'],
    ]);
    expect(page.errors).toEqual([]);

    await page.goto(session.server().url('news/elections-undated.html'));
    await waitFor(() => markedRanges(page), (m) => m.some((x) => x.text === '2024 general election'), 5000);
    await sleep(300);
    // Which year's Dutch election a page without a date means, nothing says: no card rather than a wrong one.
    expect((await markedRanges(page)).map((m) => m.text)).not.toContain('Dutch general election');
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
