import { describe, expect, it } from 'vitest';
import { siteCountry } from '@/utils/matching/site-country';

describe("a news site's own country", () => {
  it.each([
    ['www.abc.net.au', '/news/2025-10-01/story', 'Australia'],
    ['www.cbc.ca', '/news/politics/x', 'Canada'],
    ['www.bbc.co.uk', '/news/uk-politics-1', 'United Kingdom'],
    ['www.telegraph.co.uk', '/politics/2025/x', 'United Kingdom'],
    ['www.irishtimes.ie', '/politics/x', 'Ireland'],
    ['www.nytimes.com', '/2025/10/01/us/politics/x.html', 'United States'],
    ['edition.cnn.com', '/2025/10/01/politics/x', 'United States'],
    ['www.kyivpost.com', '/post/1', 'Ukraine'],
    ['WWW.NPR.ORG.', '/x', 'United States'],
  ])('%s%s is %s', (host, path, country) => {
    expect(siteCountry(host, path)).toBe(country);
  });

  it.each([
    // International outlets write for everyone.
    ['www.reuters.com', '/world/x'],
    ['www.aljazeera.com', '/news/x'],
    ['www.euronews.com', '/my-europe/x'],
    ['www.politico.eu', '/article/x'],
    ['www.dw.com', '/en/x'],
    // A national paper's sections for other countries' readers.
    ['www.theguardian.com', '/us-news/2025/x'],
    ['www.theguardian.com', '/australia-news/2025/x'],
    ['www.theguardian.com', '/world/2025/x'],
    // Lookalikes are not the site.
    ['notnytimes.com', '/x'],
    ['localhost', '/'],
  ])('%s%s has none', (host, path) => {
    expect(siteCountry(host, path)).toBeNull();
  });
});
