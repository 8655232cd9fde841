import { describe, expect, it } from 'vitest';
import { readKnowledgeFiles } from '@/utils/knowledge/read-files';

const entities = readKnowledgeFiles().flatMap((f) => f.pack.entities);

/**
 * Sites our second readers found serving copied, scraped or spun text (or a web proxy of
 * another site). They may stay in an entity's list beside better pages, but a card shows its
 * entity's first source to the reader, and that must be a page a reader can trust.
 */
const UNFIT_FIRST_SOURCES = [
  'daily8.com', 'pledgetimes.com', 'alwaysfreshnews.com', '5hotnews.com', 'relocatin.com', 'londonblog.com',
  'thebritishclub.co.uk', 'review.clateway.com', 'askwikinow.com', 'online.flippingbook.com', 'hemontotv.online',
  'analyse.optim.biz', 'offstream.news', 'clevelandohioweatherforecast.com', 'paperai.life', 'kudupinter.com',
  'entrepreneurspress.org', 'stelomptam.com', 'oopstop.com', 'wideo.ovh', 'ppt4web.ru', 'prideof-america.org',
  'illuminatingfacts.com', 'nrgibroker.com', 'funnytimes.info', 'upnewsinfo.com', 'kniga-online.net',
  'begorgeouslady.com', 'trendsmask.com', 'phshirt.com', 'quizzclub.com', 'quotesgram.com', 'dxesk.cloud',
  // Machine-written summaries and news aggregators: a reader should meet the outlet or the encyclopedia first.
  'particle.news', 'grokipedia.com', 'wikisum.wiki', 'evrimagaci.org', 'tradeiqai.com', 'inkl.com', 'calendarz.com', 'godzillanewz.com',
];

/**
 * Copies of Wikipedia at an address that names the article: a card cites the encyclopedia
 * itself (the stored copy is what the fact was checked against, and it is Wikipedia's text).
 */
const WIKIPEDIA_COPIES = ['wikimili.com', 'wikiwand.com', 'worddisk.com', 'kids.kiddle.co', 'encyclopedia.datana.cloud', 'enwikipedia.net', 'wikipedia-on-ipfs.org', 'db0nus869y26v.cloudfront.net'];
/**
 * A copy's address that holds the article's own: an offline dump's ("…/wikipedia_en_all_maxi_2024-01/A/Title"),
 * a proxy's ("…/https/en.wikipedia.org/wiki/Title"), or Wikipedia on another host name ("wikipedia.com").
 */
const HOLDS_WIKIPEDIA = /\/wikipedia(?:_[a-z]{2,3})?\.php\?|\/wikipedia_[a-z]{2,3}_|[./]wikipedia\.org|wikipedia\.com\//i;
const decoded = (url: string) => url.replace(/%3A/gi, ':').replace(/%2F/gi, '/');
const isWikipediaCopy = (url: string) => onSite(url, WIKIPEDIA_COPIES) || (!/(^|\.)wikipedia\.org$/.test(host(url)) && HOLDS_WIKIPEDIA.test(decoded(url)));

const host = (url: string) => new URL(url).hostname.replace(/^www\./, '');
/** Whether `url` is on one of `sites` or a subdomain of one. */
const onSite = (url: string, sites: readonly string[]) => sites.some((site) => host(url) === site || host(url).endsWith(`.${site}`));
const isUnfit = (url: string) => onSite(url, UNFIT_FIRST_SOURCES);

describe('the source a card shows', () => {
  it('tells unfit sites from their neighbours', () => {
    expect(isUnfit('https://test.daily8.com/en/x')).toBe(true);
    expect(isUnfit('https://www.pledgetimes.com/x')).toBe(true);
    expect(isUnfit('https://rainy.clevelandohioweatherforecast.com/x')).toBe(true);
    expect(isUnfit('https://en.wikipedia.org/wiki/Daily8')).toBe(false);
    expect(isUnfit('https://notdaily8.com/x')).toBe(false);
  });

  it('is never a scraped, spun or proxied page', () => {
    const unfit = entities.filter((e) => isUnfit(e.sources[0].url)).map((e) => `${e.id}: ${e.sources[0].url}`);
    expect(unfit).toEqual([]);
  });

  it('tells copies of Wikipedia from Wikipedia and from pages about it', () => {
    expect(isWikipediaCopy('https://kiwix.example.org/content/wikipedia_en_all_maxi_2024-01/A/Yair_Golan')).toBe(true);
    expect(isWikipediaCopy('https://proxy.example.dev/https/en.m.wikipedia.org/wiki/Chris_Minns')).toBe(true);
    expect(isWikipediaCopy('https://movatter.jp/mt/?url=https%3A%2F%2Fen.wikipedia.org%2Fwiki%2FNina_Warken')).toBe(true);
    expect(isWikipediaCopy('https://it.wikipedia.com/wiki/Petr_Aven')).toBe(true);
    // Wikiwand's content host.
    expect(isWikipediaCopy('https://db0nus869y26v.cloudfront.net/en/Rostec')).toBe(true);
    expect(isWikipediaCopy('https://de.wikipedia.org/wiki/Erkki_Keldo')).toBe(false);
    expect(isWikipediaCopy('https://en.m.wikipedia.org/wiki/Yabloko')).toBe(false);
    expect(isWikipediaCopy('https://sherbrooktimes.com/born-twice-wikipedia-confused-the-biography/50800/')).toBe(false);
  });

  it('names Wikipedia, not a copy of it at another address', () => {
    const copies = entities.flatMap((e) => e.sources.filter((s) => isWikipediaCopy(s.url)).map((s) => `${e.id}: ${s.url}`));
    expect(copies).toEqual([]);
  });
});
