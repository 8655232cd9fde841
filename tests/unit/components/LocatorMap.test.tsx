import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { LocatorMap } from '@/components/LocatorMap';
import type { LocatorMapData } from '@/utils/geo/types';

/** Vitest leaves CSS imports empty: the card's stylesheet is read as the file it is. */
const cardCss = readFileSync(resolve(import.meta.dirname, '../../../assets/card.css'), 'utf8');

const map: LocatorMapData = {
  viewBox: '0 0 160 110',
  paths: [
    { d: 'm0,0l10,0,0,10z', role: 'neighbour' },
    { d: 'm20,20l30,0,0,30z', role: 'focus' },
  ],
  dot: [136.4, 51],
  alt: 'Map: Kostyantynivka, in Donetsk Oblast, eastern Ukraine',
};

describe('LocatorMap', () => {
  afterEach(cleanup);

  it('is an image named by its text alternative, with the same text as its title', () => {
    render(<LocatorMap map={map} />);
    const svg = screen.getByRole('img', { name: map.alt });
    expect(svg.getAttribute('data-testid')).toBe('card-map');
    expect(svg.getAttribute('viewBox')).toBe('0 0 160 110');
    expect(svg.querySelector('title')?.textContent).toBe(map.alt);
  });

  it('draws the neighbours, then the country over them, then the place as a dot', () => {
    render(<LocatorMap map={map} />);
    const svg = screen.getByTestId('card-map');
    const paths = [...svg.querySelectorAll('path')];
    expect(paths.map((p) => [p.getAttribute('class'), p.getAttribute('d')])).toEqual([
      ['map-neighbour', 'm0,0l10,0,0,10z'],
      ['map-focus', 'm20,20l30,0,0,30z'],
    ]);
    const dot = screen.getByTestId('card-map-dot');
    expect([dot.getAttribute('cx'), dot.getAttribute('cy')]).toEqual(['136.4', '51']);
    expect(svg.namespaceURI).toBe('http://www.w3.org/2000/svg');
  });

  it('has no dot for a country’s own map', () => {
    render(<LocatorMap map={{ ...map, dot: null, alt: 'Map: Ukraine, in Europe' }} />);
    expect(screen.queryByTestId('card-map-dot')).toBeNull();
  });

  it('puts text in the DOM as text only', () => {
    render(<LocatorMap map={{ ...map, alt: 'Map: <img src=x onerror=alert(1)>' }} />);
    const svg = screen.getByTestId('card-map');
    expect(svg.querySelector('img')).toBeNull();
    expect(svg.querySelector('title')?.textContent).toBe('Map: <img src=x onerror=alert(1)>');
  });

  it('takes its colours from the card’s theme, and only system colours when colours are forced', () => {
    const rules = (css: string) => [...css.matchAll(/(\.map[\w-]*)\s*\{([^}]*)\}/g)].map(([, selector, body]) => ({ selector, body }));
    const forced = cardCss.slice(cardCss.indexOf('@media (forced-colors: active)'));
    const themed = rules(cardCss.slice(0, cardCss.indexOf('@media (forced-colors: active)')));
    for (const selector of ['.map', '.map-neighbour', '.map-focus', '.map-dot']) {
      const body = themed.find((r) => r.selector === selector)?.body ?? '';
      expect(body, selector).toMatch(/var\(--/);
      expect(body, selector).not.toMatch(/#[0-9a-f]{3,6}|rgb/i);
      expect(rules(forced).some((r) => r.selector === selector), selector).toBe(true);
    }
    for (const { body } of rules(forced)) {
      for (const [, colour] of body.matchAll(/(?:fill|stroke|background|border-color):\s*([\w-]+)/g)) expect(['Canvas', 'CanvasText', 'GrayText', 'Highlight', 'none']).toContain(colour);
    }
  });
});
