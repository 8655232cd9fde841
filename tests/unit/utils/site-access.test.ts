import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { forwardCommand } from '@/utils/commands';
import { CONTENT_SCRIPT_FILE, EARLY_SCRIPT_FILE, enableSite, isDefaultSite, readableOrigin, readAddedSites, removeSite, restoreSites } from '@/utils/site-access';

type Fn = ReturnType<typeof vi.fn>;

/** The APIs fake-browser leaves unimplemented, as spies with a little state. */
function mockSiteApis(granted: boolean) {
  const registered = new Map<string, unknown>();
  const held = new Set<string>();
  const api = fakeBrowser as unknown as Record<string, Record<string, Fn>>;
  api.permissions = {
    request: vi.fn(async ({ origins }: { origins: string[] }) => (granted ? (origins.forEach((o) => held.add(o)), true) : false)),
    remove: vi.fn(async ({ origins }: { origins: string[] }) => (origins.forEach((o) => held.delete(o)), true)),
    contains: vi.fn(async ({ origins }: { origins: string[] }) => origins.every((o) => held.has(o))),
  };
  api.scripting = {
    getRegisteredContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => ids.filter((id) => registered.has(id)).map((id) => registered.get(id))),
    registerContentScripts: vi.fn(async (scripts: { id: string }[]) => scripts.forEach((s) => registered.set(s.id, s))),
    unregisterContentScripts: vi.fn(async ({ ids }: { ids: string[] }) => ids.forEach((id) => registered.delete(id))),
    executeScript: vi.fn(async () => []),
  };
  return { registered, held, api };
}

describe('sites outside the news list', () => {
  beforeEach(() => fakeBrowser.reset());

  it('knows which pages are readable and which are on the default list', () => {
    expect(readableOrigin('https://www.theguardian.com/world/x')).toBe('https://www.theguardian.com');
    expect(readableOrigin('chrome://extensions')).toBeNull();
    expect(readableOrigin(undefined)).toBeNull();
    expect(isDefaultSite('https://www.kyivpost.com/post/1')).toBe(true);
    expect(isDefaultSite('https://kyivpost.com/post/1')).toBe(true);
    expect(isDefaultSite('https://example.com/')).toBe(false);
  });

  it('asks for one origin, registers the content script persistently, and runs it in the tab at once', async () => {
    const { registered, api } = mockSiteApis(true);
    expect(await enableSite('https://example.com', 7)).toBe(true);
    expect(api.permissions.request).toHaveBeenCalledWith({ origins: ['https://example.com/*'] });
    expect([...registered.values()]).toEqual([
      { id: 'site-early:https://example.com', matches: ['https://example.com/*'], js: [EARLY_SCRIPT_FILE], runAt: 'document_start', persistAcrossSessions: true },
      { id: 'site:https://example.com', matches: ['https://example.com/*'], js: [CONTENT_SCRIPT_FILE], runAt: 'document_end', persistAcrossSessions: true },
    ]);
    expect(api.scripting.executeScript).toHaveBeenCalledWith({ target: { tabId: 7 }, files: [CONTENT_SCRIPT_FILE] });
    expect(await readAddedSites()).toEqual(['https://example.com']);
  });

  it('does nothing when the reader declines', async () => {
    const { registered } = mockSiteApis(false);
    expect(await enableSite('https://example.com', 7)).toBe(false);
    expect(registered.size).toBe(0);
    expect(await readAddedSites()).toEqual([]);
  });

  it('removes a site and gives the permission back', async () => {
    const { registered, held } = mockSiteApis(true);
    await enableSite('https://example.com');
    await removeSite('https://example.com');
    expect(registered.size).toBe(0);
    expect(held.size).toBe(0);
    expect(await readAddedSites()).toEqual([]);
  });

  it('re-registers granted sites after a restart, and only those', async () => {
    const { registered, held } = mockSiteApis(true);
    await enableSite('https://a.example');
    await enableSite('https://b.example');
    registered.clear();
    held.delete('https://b.example/*');
    await restoreSites();
    expect([...registered.keys()]).toEqual(['site-early:https://a.example', 'site:https://a.example']);
  });

  it('replaces what an older version registered for a site (other files, other timing), and leaves a current one alone', async () => {
    const { registered, api } = mockSiteApis(true);
    await enableSite('https://a.example');
    const old = { matches: ['https://a.example/*'], persistAcrossSessions: true };
    registered.clear();
    registered.set('site-early:https://a.example', { ...old, id: 'site-early:https://a.example', js: ['content-scripts/news-listeners.js'], runAt: 'document_start' });
    registered.set('site:https://a.example', { ...old, id: 'site:https://a.example', js: ['content-scripts/news.js'], runAt: 'document_idle' });
    await restoreSites();
    expect([...registered.values()]).toEqual([
      { ...old, id: 'site-early:https://a.example', js: [EARLY_SCRIPT_FILE], runAt: 'document_start' },
      { ...old, id: 'site:https://a.example', js: [CONTENT_SCRIPT_FILE], runAt: 'document_end' },
    ]);
    api.scripting.registerContentScripts.mockClear();
    api.scripting.unregisterContentScripts.mockClear();
    await restoreSites();
    expect(api.scripting.registerContentScripts).not.toHaveBeenCalled();
    expect(api.scripting.unregisterContentScripts).not.toHaveBeenCalled();
  });
});

describe('keyboard commands', () => {
  beforeEach(() => fakeBrowser.reset());

  it('forwards a known command to the active tab', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://www.kyivpost.com/x', active: true });
    const send = vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(true as never);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([tab] as never);
    expect(await forwardCommand('open-first-card')).toBe(true);
    expect(send).toHaveBeenCalledWith(tab.id, { type: 'command', command: 'open-first-card' });
    expect(await forwardCommand('format-disk')).toBe(false);
    expect(send).toHaveBeenCalledTimes(1);
  });
});
