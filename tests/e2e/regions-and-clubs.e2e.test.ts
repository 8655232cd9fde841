import { describe, expect, it } from 'vitest';
import type { BrowserName } from './support/browsers';
import { expectCards } from './support/cards';
import { useBrowserAndServer } from './support/lifecycle';
import { markedRanges } from './support/marks';
import { waitFor } from './support/page-helpers';

describe.each<BrowserName>(['chromium', 'firefox'])('regions, clubs and headlines in %s', (name) => {
  const session = useBrowserAndServer(name);

  it("gives a city's name to its region where a region's words say so, a town's to its club in a list or a score, and the headline's surname to the story's person", async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/regions-and-clubs.html'));
    // The regions, the clubs and Syniehubov's governorship come from the background, after the first marks.
    const marks = await waitFor(() => markedRanges(page), (m) => ['Poltava region', 'Monaco', 'Liverpool', 'Bart de Wever'].every((t) => m.some((x) => x.text === t)), 5000);
    expect(marks.filter((m) => m.text === 'Kyiv' || m.text === 'Kharkiv').map((m) => m.text).sort()).toEqual(['Kharkiv', 'Kharkiv', 'Kyiv', 'Kyiv']);
    await expectCards(page, [
      // The headline's "Zelensky" comes before the story names him in full.
      ['Zelensky', 'volodymyr-zelensky'],
      ['Kyiv', 'kyiv-oblast-ua-13', 1],
      ['Poltava region', 'poltava-oblast-ua-18'],
      ['Kharkiv', 'kharkiv-oblast'],
      ['Kharkiv', 'kharkiv', 1],
      ['Zaporizhzhia', 'zaporizhzhia-oblast'],
      ['Bart de Wever', 'bart-de-wever'],
      ['De Wever', 'bart-de-wever'],
      ['Liverpool', 'liverpool-fc'],
      ['Monaco', 'as-monaco-fc'],
    ]);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
