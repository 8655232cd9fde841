import type { TestPage } from './browsers';

/** Every element's box (rounded to 0.1 px), except the extension's own card host. */
export function elementBoxes(page: TestPage): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll('html, body, body *')) {
      if (el.tagName === 'NEWS-CONTEXT-CARD') continue;
      const r = el.getBoundingClientRect();
      out.push(`${el.tagName}#${el.id}.${el.className} ${r.x.toFixed(1)},${r.y.toFixed(1)} ${r.width.toFixed(1)}x${r.height.toFixed(1)}`);
    }
    return out;
  });
}

/** Errors that come from the extension (by its URL or its log prefix). */
export const ourErrors = (errors: string[]) => errors.filter((e) => /chrome-extension:|moz-extension:|news-context/i.test(e));
