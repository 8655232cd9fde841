// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { inBylineBox, isSkippedElement, titledAsReporter } from '@/entrypoints/news-page.content/skip';

function firstText(html: string): Text {
  document.body.innerHTML = html;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, (n) => (/Gordon|Baker|Starmer/.test(n.nodeValue!) ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP));
  return walker.nextNode() as Text;
}

describe('inBylineBox', () => {
  it.each([
    ['a byline by class', '<p class="byline">By Tom Gordon · 3 March 2026</p>'],
    ['a byline in BEM, the name two levels down', '<div class="article__byline"><span class="name"><a href="/p">Tom Gordon</a></span></div>'],
    ['an author link', '<p>By <a rel="author" href="/profile/tom-gordon">Tom Gordon</a></p>'],
    ['an author in microdata', '<div><span itemprop="author">Alex Baker</span></div>'],
    ['an author box with a short bio', '<div class="author-box"><img alt=""><p>Alex Baker writes on Scotland.</p></div>'],
  ])('finds %s', (_what, html) => {
    expect(inBylineBox(firstText(html))).toBe(true);
  });

  it.each([
    ['a paragraph of the story', '<p class="story-body">Tom Gordon spoke.</p>'],
    ['a class that only contains the word', '<div class="authoritative">Tom Gordon</div>'],
    ['a story wrapped in an "author" class', '<div class="post author-5"><p>Tom Gordon spoke.</p><p>Two.</p></div>'],
    ['a box of many children', `<div class="byline-wrap"><span>Tom Gordon</span>${'<span>x</span>'.repeat(8)}</div>`],
    ['a link to a page, not its author', '<p><a rel="noopener" href="/x">Tom Gordon</a></p>'],
    ['the author of a pull quote', '<blockquote><p>“No.”</p><span class="pull-quote__author">Keir Starmer</span></blockquote>'],
    ['a cited speaker', '<blockquote class="x"><cite class="author">Keir Starmer</cite></blockquote>'],
    ['a byline too far up', '<div class="byline"><div><div><div><p><b>Tom Gordon</b></p></div></div></div></div>'],
  ])('leaves %s', (_what, html) => {
    expect(inBylineBox(firstText(html))).toBe(false);
  });

  it('never makes a byline a skipped element: the outlet it names is still read', () => {
    document.body.innerHTML = '<p class="byline">By Kyiv Post</p>';
    expect(isSkippedElement(document.body.firstElementChild!)).toBe(false);
  });
});

describe('titledAsReporter', () => {
  const after = (text: string, name: string) => titledAsReporter(document.createTextNode(text), text.indexOf(name) + name.length);

  it.each([
    ['an agency\'s correspondent', 'David Lynch, PA Political Correspondent'],
    ['a staff writer', 'Jane Smith, Staff Writer'],
    ['an editor', 'Tom Gordon, Scottish Political Editor, reports'],
  ])('finds %s after the name', (_what, text) => {
    expect(after(text, text.split(',')[0])).toBe(true);
  });

  it.each([
    ['a role in the story', 'Keir Starmer, the prime minister, said', 'Keir Starmer'],
    ['a place', 'Tom Gordon, Edinburgh, 3 March', 'Tom Gordon'],
    ['no comma', 'Tom Gordon Correspondent', 'Tom Gordon'],
    ['a title too far on', 'Tom Gordon, A B C D E Correspondent', 'Tom Gordon'],
  ])('leaves %s', (_what, text, name) => {
    expect(after(text, name)).toBe(false);
  });
});
