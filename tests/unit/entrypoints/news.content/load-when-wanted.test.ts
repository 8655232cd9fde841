// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startEarlyRead, takeEarlyRead } from '@/entrypoints/news.content/early-read';
import { loadWhenWanted } from '@/entrypoints/news.content/load-when-wanted';
import { loadPagePart } from '@/entrypoints/news.content/page-part';
import { disabledSitesSetting, enabledSetting } from '@/utils/settings';
import { fakeCtx } from '../../support/fake-ctx';

vi.mock('@/entrypoints/news.content/page-part', () => ({ loadPagePart: vi.fn(async () => undefined) }));

const loads = vi.mocked(loadPagePart);
/** Lets storage answers, promise chains and the re-check after DOM changes (500 ms) run. */
const settle = async (ms = 0) => {
  await vi.advanceTimersByTimeAsync(ms);
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('loading the page part only where it is wanted', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    loads.mockClear();
    vi.useFakeTimers();
    document.body.innerHTML = '';
  });
  afterEach(() => vi.useRealTimers());

  const start = () => {
    const { ctx, invalidate } = fakeCtx();
    startEarlyRead(ctx);
    loadWhenWanted(ctx, takeEarlyRead()!);
    return invalidate;
  };

  it('loads it once on a page with an article, on a site that is on', async () => {
    document.body.innerHTML = '<article><p>Viktor Orbán wrote to António Costa.</p></article>';
    start();
    await settle();
    expect(loads).toHaveBeenCalledTimes(1);
    document.body.append(document.createElement('p'));
    await settle(1000);
    expect(loads).toHaveBeenCalledTimes(1);
  });

  it('never loads it on a site switched off, and loads it at once when the reader switches the site on', async () => {
    document.body.innerHTML = '<article><p>Viktor Orbán wrote to António Costa.</p></article>';
    await disabledSitesSetting.set([location.origin]);
    start();
    await settle(1000);
    expect(loads).not.toHaveBeenCalled();
    await disabledSitesSetting.set([]);
    await settle();
    expect(loads).toHaveBeenCalledTimes(1);
  });

  it('stays off while the extension is off everywhere', async () => {
    document.body.innerHTML = '<article><p>Viktor Orbán.</p></article>';
    await enabledSetting.set(false);
    start();
    await settle(1000);
    expect(loads).not.toHaveBeenCalled();
  });

  it('waits on a page with no running text, and loads it once an article arrives', async () => {
    document.body.innerHTML = '<div id="root"></div>';
    start();
    await settle(1000);
    expect(loads).not.toHaveBeenCalled();
    document.getElementById('root')!.innerHTML = '<article><p>Maia Sandu spoke in Chișinău.</p></article>';
    await settle(600);
    expect(loads).toHaveBeenCalledTimes(1);
  });

  it('stops waiting when the script is torn down', async () => {
    document.body.innerHTML = '<div id="root"></div>';
    const invalidate = start();
    await settle();
    invalidate();
    document.getElementById('root')!.innerHTML = '<article><p>Maia Sandu.</p></article>';
    await settle(1000);
    expect(loads).not.toHaveBeenCalled();
    expect(fakeBrowser.storage.onChanged.hasListeners()).toBe(false);
  });

  describe('while the page is still being parsed', () => {
    let state: DocumentReadyState = 'loading';
    beforeEach(() => {
      state = 'loading';
      Object.defineProperty(document, 'readyState', { configurable: true, get: () => state });
    });
    afterEach(() => delete (document as unknown as Record<string, unknown>).readyState);
    const parsed = () => {
      state = 'interactive';
      document.dispatchEvent(new Event('DOMContentLoaded'));
    };
    const story = 'Maia Sandu met António Costa in Chișinău on Tuesday to talk about the accession process. '.repeat(6);

    it('loads it as soon as enough of the article has arrived, before the document is complete', async () => {
      document.body.innerHTML = '<main></main>';
      start();
      await settle(100);
      expect(loads).not.toHaveBeenCalled();
      document.querySelector('main')!.innerHTML = `<article><p>${story}</p></article>`;
      await settle(50);
      expect(loads).toHaveBeenCalledTimes(1);
      parsed();
      await settle();
      expect(loads).toHaveBeenCalledTimes(1);
    });

    it('judges a page with little text only once it is parsed', async () => {
      document.body.innerHTML = '<article><p>Maia Sandu spoke.</p></article>';
      start();
      await settle(100);
      expect(loads).not.toHaveBeenCalled();
      parsed();
      await settle();
      expect(loads).toHaveBeenCalledTimes(1);
    });
  });
});
