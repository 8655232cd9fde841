import { describe, expect, it } from 'vitest';
import type { BrowserName } from './support/browsers';
import { useBrowserAndServer } from './support/lifecycle';
import { markedRanges } from './support/marks';
import { hoverText, readCard, waitFor } from './support/page-helpers';

describe.each<BrowserName>(['chromium', 'firefox'])('forced colours (high contrast) in %s', (name) => {
  const session = useBrowserAndServer(name, { forcedColors: true });

  it('draws the card and its locator map in system colours only', async () => {
    const page = await session.browser().newPage();
    await page.goto(session.server().url('news/frontline-towns.html'));
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    await waitFor(() => markedRanges(page), (m) => m.some((x) => x.text === 'Kostiantynivka'), 5000);
    await hoverText(page, 'Kostiantynivka', 0, 'article');
    await waitFor(() => readCard(page), (c) => c.open, 3000);
    const colours = await waitFor(
      () =>
        page.evaluate(() => {
          const root = document.querySelector('news-context-card')!.shadowRoot!;
          const svg = root.querySelector('[data-testid="card-map"]');
          if (!svg) return null;
          // What the system colours resolve to here, read from probes in the same shadow root.
          const probe = (colour: string) => {
            const span = document.createElement('span');
            span.style.color = colour;
            root.append(span);
            const value = getComputedStyle(span).color;
            span.remove();
            return value;
          };
          return {
            focus: getComputedStyle(svg.querySelector('path[data-role="focus"]')!).stroke,
            dot: getComputedStyle(svg.querySelector('circle')!).fill,
            canvasText: probe('CanvasText'),
            highlight: probe('Highlight'),
            label: svg.getAttribute('aria-label'),
          };
        }),
      (c) => c !== null,
      3000,
    );
    expect(colours).toMatchObject({ label: 'Map: Kostyantynivka, in Donetsk Oblast, eastern Ukraine' });
    expect(colours!.focus).toBe(colours!.canvasText);
    expect(colours!.dot).toBe(colours!.highlight);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
