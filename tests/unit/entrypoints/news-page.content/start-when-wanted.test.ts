// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startEarlyRead, takeEarlyRead } from '@/entrypoints/news.content/early-read';
import { startWhenWanted } from '@/entrypoints/news-page.content/start-when-wanted';
import { disabledSitesSetting, enabledSetting } from '@/utils/settings';
import { fakeCtx } from '../../support/fake-ctx';

const loads = vi.fn();
/** Lets storage answers, promise chains and the re-check after DOM changes (500 ms) run. */
const settle = async (ms = 0) => {
  await vi.advanceTimersByTimeAsync(ms);
  for (let i = 0; i < 10; i++) await Promise.resolve();
};

describe('starting the session only where it is wanted', () => {
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
    startWhenWanted(ctx, takeEarlyRead(), loads);
    return invalidate;
  };

  it('starts it once on a page with an article, on a site that is on', async () => {
    document.body.innerHTML = '<article><p>Viktor Orbán wrote to António Costa.</p></article>';
    start();
    await settle();
    expect(loads).toHaveBeenCalledTimes(1);
    document.body.append(document.createElement('p'));
    await settle(1000);
    expect(loads).toHaveBeenCalledTimes(1);
  });

  it('never starts it on a site switched off, and starts it at once when the reader switches the site on', async () => {
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

  it('waits on a page with no running text, and starts it once an article arrives', async () => {
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
});
