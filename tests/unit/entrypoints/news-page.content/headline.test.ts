// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { inHeadline } from '@/entrypoints/news-page.content/headline';
import { MentionStore } from '@/entrypoints/news-page.content/mentions';
import type { TextMatch } from '@/utils/matching/match';

const at = (text: Text, name: string, entity: number, weak: boolean): TextMatch => {
  const start = text.data.indexOf(name);
  return { entity, weak, alternatives: [], startPart: 0, startOffset: start, endPart: 0, endOffset: start + name.length };
};

describe('a weak name in a headline', () => {
  it("tells the story's headline from the story and from a front page's headlines", () => {
    document.body.innerHTML = '<h1>Le <b>Pen</b> appeals</h1><h3>Rockets fired</h3><p>Marine Le Pen</p>';
    expect(inHeadline(document.querySelector('b')!.firstChild as Text)).toBe(true);
    expect(inHeadline(document.querySelector('h3')!.firstChild as Text)).toBe(false);
    expect(inHeadline(document.querySelector('p')!.firstChild as Text)).toBe(false);
    document.body.insertAdjacentHTML('beforeend', '<h1>Another story</h1>');
    expect(inHeadline(document.querySelector('b')!.firstChild as Text)).toBe(false);
  });

  it('is marked once the story names the person in full after it; in the story it still waits for the full name before it', () => {
    document.body.innerHTML = '<h1>Le Pen opens appeal</h1><p>Le Pen is challenging it. Marine Le Pen spoke.</p>';
    const headline = document.querySelector('h1')!.firstChild as Text;
    const story = document.querySelector('p')!.firstChild as Text;
    const store = new MentionStore();
    store.inDocumentOrder = true;
    expect(store.add([headline], at(headline, 'Le Pen', 1, true))).toBe(false);
    expect(store.add([story], at(story, 'Le Pen', 1, true))).toBe(false);
    const full = story.data.indexOf('Marine Le Pen');
    store.add([story], { entity: 1, weak: false, alternatives: [], startPart: 0, startOffset: full, endPart: 0, endOffset: full + 13 });
    const marked = [...store.all()].map((m) => [m.parts[0] === headline ? 'headline' : 'story', m.range.startOffset]);
    expect(marked).toEqual([
      ['headline', 0],
      ['story', full],
    ]);
  });
});
