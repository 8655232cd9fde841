/**
 * Sites the content script runs on by default: major English-language news sites.
 * A short, explicit list instead of `<all_urls>`, so the extension can read no other site
 * unless the reader opts in from the popup (which asks for that origin at run time).
 */
export const NEWS_SITE_MATCHES = [
  'https://*.kyivpost.com/*',
  'https://*.kyivindependent.com/*',
  'https://*.bbc.co.uk/*',
  'https://*.bbc.com/*',
  'https://*.theguardian.com/*',
  'https://*.reuters.com/*',
  'https://*.apnews.com/*',
  'https://*.bloomberg.com/*',
  'https://*.ft.com/*',
  'https://*.economist.com/*',
  'https://*.nytimes.com/*',
  'https://*.washingtonpost.com/*',
  'https://*.wsj.com/*',
  'https://*.politico.com/*',
  'https://*.politico.eu/*',
  'https://*.cnn.com/*',
  'https://*.npr.org/*',
  'https://*.aljazeera.com/*',
  'https://*.dw.com/*',
  'https://*.france24.com/*',
  'https://*.euronews.com/*',
  'https://*.euractiv.com/*',
  'https://*.rferl.org/*',
  'https://*.independent.co.uk/*',
  'https://*.telegraph.co.uk/*',
  'https://*.thetimes.com/*',
  'https://*.theatlantic.com/*',
  'https://*.abc.net.au/*',
  'https://*.cbc.ca/*',
];

/** Local origins, for the bundled demo article and the end-to-end tests. */
export const TEST_SITE_MATCHES = ['http://localhost/*', 'http://127.0.0.1/*'];

export const DEFAULT_MATCHES = [...NEWS_SITE_MATCHES, ...TEST_SITE_MATCHES];
