// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchChanges, type ChangeBatch } from '@/entrypoints/news-page.content/watch';
import { fakeCtx } from '../../support/fake-ctx';

let hidden = false;
Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });

describe('watchChanges', () => {
  let batches: ChangeBatch[];
  let fake: ReturnType<typeof fakeCtx>;
  beforeEach(() => {
    document.body.innerHTML = '<main id="m"><p id="p">Hello</p></main>';
    batches = [];
    hidden = false;
    fake = fakeCtx();
    watchChanges(fake.ctx, document.body, (b) => batches.push(b));
  });
  afterEach(() => fake.invalidate());

  const settle = () => new Promise((r) => setTimeout(r, 120));

  it('batches many changes into one flush, outside the observer callback', async () => {
    const main = document.getElementById('m')!;
    for (let i = 0; i < 50; i++) main.append(Object.assign(document.createElement('p'), { textContent: `entry ${i}` }));
    expect(batches).toHaveLength(0);
    await settle();
    expect(batches).toHaveLength(1);
    expect(batches[0].added.size).toBe(50);
    expect(batches[0].huge).toBe(false);
  });

  it('reports text changed in place and removals', async () => {
    (document.getElementById('p')!.firstChild as Text).data = 'Changed';
    document.getElementById('p')!.remove();
    await settle();
    expect(batches[0].changedText.size).toBe(1);
    expect(batches[0].removed).toBe(true);
  });

  it('calls a batch huge past the threshold, so the owner rescans instead', async () => {
    const main = document.getElementById('m')!;
    const frag = document.createDocumentFragment();
    for (let i = 0; i < 1200; i++) frag.append(document.createElement('span'));
    for (const child of [...frag.childNodes]) main.append(child);
    await settle();
    expect(batches[0].huge).toBe(true);
  });

  it('does no work while the tab is hidden and catches up when it is shown', async () => {
    hidden = true;
    document.getElementById('m')!.append(document.createElement('p'));
    await settle();
    expect(batches).toHaveLength(0);
    hidden = false;
    document.dispatchEvent(new Event('visibilitychange'));
    await settle();
    expect(batches).toHaveLength(1);
  });

  it('ignores the extension’s own UI', async () => {
    const host = document.createElement('news-context-card');
    host.setAttribute('data-news-context-ui', '');
    document.body.append(host);
    await settle();
    expect(batches.length === 0 || batches[0].added.size === 0).toBe(true);
  });

  it('stops when the context is invalidated', async () => {
    fake.invalidate();
    document.getElementById('m')!.append(document.createElement('p'));
    await settle();
    expect(batches).toHaveLength(0);
  });
});
