/**
 * The country a news site writes from, by its own address: a national site's "Parliament",
 * "Supreme Court" or "Labour Party" is its own country's when the story names no other. Only
 * sites that are one country's press are listed; international outlets (Reuters, Al Jazeera,
 * DW, Euronews, Politico Europe) have none, and neither do the UK papers' global editions
 * read from another country's section (checked by path).
 */

/** Country-code endings that a national site's address carries. */
const BY_ENDING: readonly (readonly [string, string])[] = [
  ['.co.uk', 'United Kingdom'],
  ['.uk', 'United Kingdom'],
  ['.com.au', 'Australia'],
  ['.net.au', 'Australia'],
  ['.au', 'Australia'],
  ['.ca', 'Canada'],
  ['.co.nz', 'New Zealand'],
  ['.nz', 'New Zealand'],
  ['.ie', 'Ireland'],
  ['.ua', 'Ukraine'],
  ['.co.in', 'India'],
  ['.in', 'India'],
  ['.co.za', 'South Africa'],
];

/** National sites under a generic ending (.com, .org). */
const BY_SITE: Readonly<Record<string, string>> = {
  'nytimes.com': 'United States',
  'washingtonpost.com': 'United States',
  'wsj.com': 'United States',
  'cnn.com': 'United States',
  'npr.org': 'United States',
  'apnews.com': 'United States',
  'politico.com': 'United States',
  'theatlantic.com': 'United States',
  'kyivpost.com': 'Ukraine',
  'kyivindependent.com': 'Ukraine',
  'thetimes.com': 'United Kingdom',
  'bbc.com': 'United Kingdom',
  'theguardian.com': 'United Kingdom',
};

/** Sections of a national site written for another country's readers: no home country there. */
const FOREIGN_EDITION = /^\/(us|us-news|au|australia-news|world|international)(\/|$)/;

export function siteCountry(hostname: string, pathname = '/'): string | null {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (FOREIGN_EDITION.test(pathname.toLowerCase())) return null;
  for (const [site, country] of Object.entries(BY_SITE)) if (host === site || host.endsWith(`.${site}`)) return country;
  for (const [ending, country] of BY_ENDING) if (host.endsWith(ending)) return country;
  return null;
}
