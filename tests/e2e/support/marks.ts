import type { TestPage } from './browsers';

/** Every range the extension marks, with its type, read from the page's highlight registry. */
export function markedRanges(page: TestPage): Promise<{ text: string; type: string }[]> {
  return page.evaluate(() => {
    const out: { text: string; type: string }[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('news-context-') || name === 'news-context-active') return;
      highlight.forEach((r) => {
        const range = new Range();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        out.push({ text: range.toString(), type: name.replace('news-context-', '').replace(/-.*/, '') });
      });
    });
    return out.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : 0));
  });
}
