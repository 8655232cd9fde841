// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { pageMayHaveNames } from '@/entrypoints/news-page.content/language';

const page = (body: string, lang = 'en') => {
  document.documentElement.lang = lang;
  document.body.innerHTML = body;
  return document;
};

describe('whether a page may hold something to mark, before the session starts', () => {
  afterEach(() => (document.body.innerHTML = ''));

  it.each([
    ['an article', '<article><h1>Talks</h1><div>Viktor Orbán wrote to the EU.</div></article>'],
    ['a main element', '<main><div>Keir Starmer met Emmanuel Macron in Paris.</div></main>'],
    ['a role=main region', '<div role="main">Friedrich Merz spoke in Berlin.</div>'],
    ['paragraphs alone', '<div class="story"><p>Donald Tusk said Poland would respond.</p><p>More.</p></div>'],
    ['an articleBody block', '<div itemprop="articleBody">Maia Sandu won.</div>'],
  ])('reads a page with %s', (_what, html) => {
    expect(pageMayHaveNames(page(html))).toBe(true);
  });

  it.each([
    ['a search page', '<form role="search"><input name="q"></form><div class="result"><a href="/1">Weather</a><span>Showers.</span></div>'],
    ['an app shell with no text yet', '<div id="root"></div>'],
    ['an empty body', ''],
  ])('leaves %s alone', (_what, html) => {
    expect(pageMayHaveNames(page(html))).toBe(false);
  });

  it('leaves an article in another script alone, declared or not', () => {
    expect(pageMayHaveNames(page('<article><p>泽连斯基与欧盟领导人会面，讨论了乌克兰的入盟谈判。</p></article>', ''))).toBe(false);
    expect(pageMayHaveNames(page('<article><p>Ukraine and the EU.</p></article>', 'zh-CN'))).toBe(false);
    expect(pageMayHaveNames(page('<article><p>Le président Macron a rencontré Olaf Scholz.</p></article>', 'fr'))).toBe(true);
  });
});
