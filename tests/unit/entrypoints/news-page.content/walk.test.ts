// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { JudgmentCache, TextWalk } from '@/entrypoints/news-page.content/walk';

function page(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

/** Runs as text, one string per run. */
function collect(root: Node, options = {}, cache = new JudgmentCache()) {
  const runs: string[] = [];
  const walk = new TextWalk(root, (_nodes, texts, count) => runs.push(texts.slice(0, count).join('|')), cache, options);
  return { runs, walk };
}

describe('TextWalk', () => {
  it('hands over one run per block, inline elements joined, buffers cut at count', () => {
    const { runs, walk } = collect(page('<p>Viktor <b>Orbán</b> wrote</p><h2>A</h2><p>one<br>two</p>'));
    expect(walk.run()).toBe(true);
    expect(runs).toEqual(['Viktor |Orbán| wrote', 'A', 'one', 'two']);
  });

  it('stops after the block onBlock ends it at, and never reports the next block half read', () => {
    const blocks: string[] = [];
    const { runs, walk } = collect(page('<p>one</p><p>two <i>2</i></p><p>three</p>'), {
      onBlock: (block: Node) => {
        blocks.push(block.textContent!);
        return block.textContent === 'two 2';
      },
    });
    expect(walk.run()).toBe(true);
    expect(runs).toEqual(['one', 'two |2']);
    expect(blocks).toEqual(['one', 'two 2']);
  });

  it('pauses at a deadline and resumes where it stopped', () => {
    const html = Array.from({ length: 600 }, (_, i) => `<p>p${i}</p>`).join('');
    const { runs, walk } = collect(page(html));
    expect(walk.run(performance.now() - 1)).toBe(false);
    const before = runs.length;
    expect(before).toBeLessThan(600);
    expect(walk.run()).toBe(true);
    expect(runs).toEqual(Array.from({ length: 600 }, (_, i) => `p${i}`));
  });

  it("lets an inline element share its block's judgment, and judges a skipped one or a block apart", () => {
    const root = page('<p>Viktor <b>Orbán</b> <a href="#"><i>wrote</i></a><button>Share</button></p><div><span>Kyiv</span></div>');
    const cache = new JudgmentCache();
    const { runs, walk } = collect(root, {}, cache);
    walk.run();
    expect(runs).toEqual(['Viktor |Orbán|wrote', 'Kyiv']);
    const judged = (selector: string) => cache.get(root.querySelector(selector)!);
    expect(judged('b')).toBe(judged('p'));
    expect(judged('i')).toBe(judged('p'));
    expect(judged('span')).toBe(judged('div'));
    expect(judged('div')).not.toBe(judged('p'));
    expect(judged('button')).toEqual(expect.objectContaining({ skip: true }));
  });

  it('keeps element judgments between walks with one cache, and a new cache judges afresh', () => {
    const root = page('<p>one</p><div id="box"><p>two</p></div>');
    const cache = new JudgmentCache();
    collect(root, {}, cache).walk.run();
    // Hidden after the first walk: the cached judgment still holds until the cache is replaced.
    document.getElementById('box')!.setAttribute('hidden', '');
    const cached = collect(root, {}, cache);
    cached.walk.run();
    expect(cached.runs).toEqual(['one', 'two']);
    const fresh = collect(root, {}, new JudgmentCache());
    fresh.walk.run();
    expect(fresh.runs).toEqual(['one']);
    // A cache never takes another cache's judgment for its own: the old one judges again.
    const again = collect(root, {}, cache);
    again.walk.run();
    expect(again.runs).toEqual(['one']);
  });

  it('leaves no trace a page script can enumerate on the elements it judges', () => {
    const root = page('<p class="x">one <b>two</b></p>');
    collect(root).walk.run();
    for (const el of root.querySelectorAll('*')) {
      expect(Object.keys(el)).toEqual([]);
      expect(JSON.stringify(el)).toBe('{}');
    }
  });
});
