import { describe, expect, it } from 'vitest';
import type { BrowserName } from './support/browsers';
import { useBrowserAndServer } from './support/lifecycle';
import { markedRanges } from './support/marks';
import { hoverText, readCard, waitFor } from './support/page-helpers';

describe.each<BrowserName>(['chromium', 'firefox'])('knowledge at news scale in %s', (name) => {
  const session = useBrowserAndServer(name);

  it('marks front-line towns from the gazetteer, which pages get from the background, and cards them with region and population', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/frontline-towns.html'));
    const marks = await waitFor(() => markedRanges(page), (m) => m.some((x) => x.text === 'Kostiantynivka'), 5000);
    const places = marks.filter((m) => m.type === 'place').map((m) => m.text);
    for (const town of ['Pokrovsk', 'Myrnohrad', 'Kostiantynivka', 'Druzhkivka', 'Huliaipole', 'Lebedyn', 'Okhtyrka', 'Izium']) expect(places, town).toContain(town);
    await hoverText(page, 'Kostiantynivka', 0, 'article');
    const card = await waitFor(() => readCard(page), (c) => c.open && c.name === 'Kostyantynivka', 3000);
    expect(card.text).toContain('Donetsk Oblast');
    expect(card.text).toContain('Population');
    expect(card.text).toContain('GeoNames');
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it('cards a minister added this round, and a member of Congress from the open dataset', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/poland-drones.html'));
    await waitFor(() => markedRanges(page), (m) => m.some((x) => x.text === 'Władysław Kosiniak-Kamysz'), 5000);
    await hoverText(page, 'Władysław Kosiniak-Kamysz', 0, 'article');
    const minister = await waitFor(() => readCard(page), (c) => c.open && c.name === 'Władysław Kosiniak-Kamysz', 3000);
    expect(minister.text).toMatch(/Minister of National Defence/i);
    await page.goto(session.server().url('news/alaska-summit.html'));
    await waitFor(() => markedRanges(page), (m) => m.some((x) => x.text === 'Lindsey Graham'), 5000);
    await hoverText(page, 'Lindsey Graham', 0, 'article');
    const senator = await waitFor(() => readCard(page), (c) => c.open && c.name === 'Lindsey Graham', 3000);
    expect(senator.text).toContain('U.S. Senator from South Carolina');
    await page.close();
  });
});
