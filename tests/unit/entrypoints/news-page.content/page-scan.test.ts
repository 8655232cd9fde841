// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MentionStore } from '@/entrypoints/news-page.content/mentions';
import { PageScan } from '@/entrypoints/news-page.content/page-scan';
import type { Scanner } from '@/entrypoints/news-page.content/scanner';
import type { ChangeBatch } from '@/entrypoints/news-page.content/watch';

/**
 * A scanner that records what it is asked to read and finishes a full scan only when told:
 * each slice waits in `slices` until the test runs it.
 */
function fakeScanner() {
  const read: string[] = [];
  const slices: (() => void)[] = [];
  let sliceCount = 2;
  const scanner = {
    scanOnScreen: () => new Set<Node>(),
    scanSliced(root: Node, _ms: number, schedule: (fn: () => void) => void, onSlice: (done: boolean) => void) {
      let left = sliceCount;
      const step = () => {
        read.push(`slice of ${(root as Element).tagName.toLowerCase()}`);
        const done = --left === 0;
        onSlice(done);
        if (!done) schedule(step);
      };
      step();
    },
    scanShadowRoots: () => read.push('shadow roots'),
    scanNow: (block: Node) => read.push(`block ${(block as Element).id}`),
    forgetJudgments: () => read.push('forget judgments'),
    forgetPage: () => forgotPages++,
  };
  let forgotPages = 0;
  return { scanner: scanner as unknown as Scanner, read, slices, setSlices: (n: number) => (sliceCount = n), forgotPages: () => forgotPages };
}

const batch = (added: Node[], extra: Partial<ChangeBatch> = {}): ChangeBatch => ({
  added: new Set(added),
  changedText: new Set(),
  removed: false,
  huge: false,
  skipAttributesChanged: false,
  ...extra,
});

describe('reading the article over the page’s life', () => {
  let fake: ReturnType<typeof fakeScanner>;
  let scan: PageScan;
  let events: string[];

  beforeEach(() => {
    document.body.innerHTML = '<article><p id="a">One</p><p id="b">Two</p></article>';
    fake = fakeScanner();
    events = [];
    const ctx = { setTimeout: (fn: () => void) => fake.slices.push(fn) } as unknown as ContentScriptContext;
    scan = new PageScan({ ctx, scanner: fake.scanner, store: new MentionStore(), onReset: () => events.push('reset'), onChanged: () => events.push('changed') });
  });

  const runSlices = () => {
    while (fake.slices.length > 0) fake.slices.shift()!();
  };

  it('scans the article in slices, marking after each, then its shadow roots', () => {
    scan.full();
    runSlices();
    expect(scan.root?.tagName).toBe('ARTICLE');
    expect(fake.read).toEqual(['slice of article', 'slice of article', 'shadow roots']);
    expect(events).toEqual(['reset', 'changed', 'changed']);
  });

  it('forgets the given names the last page showed whenever it reads the page anew: the next story\'s "Chad" may be the country', () => {
    scan.full();
    runSlices();
    expect(fake.forgotPages()).toBe(1);
    scan.apply(batch([document.getElementById('b')!.firstChild!]));
    expect(fake.forgotPages()).toBe(1);
    scan.full();
    expect(fake.forgotPages()).toBe(2);
  });

  it('holds live changes that arrive during a full scan, and reads their blocks once it ends', () => {
    scan.full();
    scan.apply(batch([document.getElementById('b')!.firstChild!]));
    expect(fake.read).toEqual(['slice of article']);
    runSlices();
    expect(fake.read).toEqual(['slice of article', 'slice of article', 'shadow roots', 'block b']);
  });

  it('abandons the slices of a scan when a new one starts, or when stopped', () => {
    scan.full();
    scan.full();
    runSlices();
    expect(fake.read).toEqual(['slice of article', 'slice of article', 'slice of article', 'shadow roots']);
    scan.full();
    scan.stop();
    runSlices();
    expect(fake.read.slice(4)).toEqual(['slice of article']);
  });

  it('reads the article again in full for a huge batch or one that replaced it, and forgets skip judgments when told', () => {
    fake.setSlices(1);
    scan.full();
    scan.apply(batch([], { huge: true, skipAttributesChanged: true }));
    document.body.innerHTML = '<article><p id="c">Three</p></article>';
    scan.apply(batch([document.getElementById('c')!]));
    expect(fake.read).toEqual(['slice of article', 'shadow roots', 'forget judgments', 'slice of article', 'shadow roots', 'slice of article', 'shadow roots']);
  });
});
