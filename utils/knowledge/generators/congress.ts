import type { Entity, Fact } from '../types.ts';
import { slugify } from './slug.ts';

/** One legislator as the vendored extract keeps it (see `utils/knowledge/vendor/README.md`). */
export interface Legislator {
  bioguide: string;
  first: string;
  last: string;
  middle?: string;
  suffix?: string;
  nickname?: string;
  official_full?: string;
  wikipedia?: string;
  birthday?: string;
  terms: Term[];
}

export interface Term {
  type: 'sen' | 'rep';
  start: string;
  end: string;
  state: string;
  district?: number;
  party?: string;
}

/** Consecutive terms in the same seat, as one span. */
interface Span extends Term {
  /** When the last term of the span ends (the next election's date for a sitting member). */
  end: string;
}

const STATES: Record<string, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado', CT: 'Connecticut',
  DE: 'Delaware', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa',
  KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan',
  MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire',
  NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio',
  OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota',
  TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia',
  WI: 'Wisconsin', WY: 'Wyoming', DC: 'the District of Columbia', PR: 'Puerto Rico', GU: 'Guam',
  VI: 'the U.S. Virgin Islands', AS: 'American Samoa', MP: 'the Northern Mariana Islands',
};

const PARTY_IDS: Record<string, string> = { Republican: 'republican-party-us', Democrat: 'democratic-party-us' };
const PARTY_ADJECTIVES: Record<string, string> = { Republican: 'Republican', Democrat: 'Democratic', Independent: 'Independent' };

/** The dataset's own URL and date: every member's asOf. */
export const CONGRESS_DATASET = { url: 'https://github.com/unitedstates/congress-legislators', date: '2026-06-15' };

/** Merges consecutive terms in the same seat and party into spans, oldest first. */
export function spansOf(terms: readonly Term[]): Span[] {
  const spans: Span[] = [];
  for (const term of [...terms].sort((a, b) => (a.start < b.start ? -1 : 1))) {
    const last = spans[spans.length - 1];
    const sameSeat = last && last.type === term.type && last.state === term.state && last.district === term.district && last.party === term.party;
    // Terms follow each other within a few days (3 January to 3–7 January): a longer break is a new span.
    if (sameSeat && daysBetween(last.end, term.start) <= 31) last.end = term.end;
    else spans.push({ ...term });
  }
  return spans;
}

function daysBetween(a: string, b: string): number {
  return (Date.parse(b) - Date.parse(a)) / 86_400_000;
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** "U.S. Senator from Ohio", "U.S. Representative for Texas's 2nd district" ("at-large" for district 0). */
export function seatName(span: Term): string {
  const state = STATES[span.state] ?? span.state;
  if (span.type === 'sen') return `U.S. Senator from ${state}`;
  const district = !span.district ? 'at-large district' : `${ordinal(span.district)} district`;
  return `U.S. Representative for ${state}'s ${district}`;
}

/** Nickname or first name, and surname ("Chuck Schumer"): the dataset's own short name, and the id's source. */
export function usualName(l: Legislator): string {
  return `${l.nickname ?? l.first} ${l.last}${l.suffix ? ` ${l.suffix}` : ''}`;
}

/**
 * The name news uses. Wikipedia titles a member's article by the most common name in reliable
 * sources, which is how news writes it where the dataset has no nickname ("Dick Durbin" for
 * Richard Durbin, "French Hill" for J. Hill); a disambiguating "(politician)" is dropped.
 */
export function newsName(l: Legislator): string {
  const title = l.wikipedia?.replace(/\s*\(.*\)$/, '').trim();
  return title || usualName(l);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const longDate = (iso: string) => `${Number(iso.slice(8, 10))} ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

/** The gazetteer's id of a U.S. state ("virginia-us-va"), when the knowledge has it (`placeIds`). */
function stateId(code: string, placeIds: ReadonlySet<string>): string | null {
  const name = STATES[code];
  const id = name === undefined || name.startsWith('the ') ? null : `${slugify(name)}-us-${code.toLowerCase()}`;
  return id !== null && placeIds.has(id) ? id : null;
}

/**
 * A legislator as a person entity: the current seat, earlier seats, party and birth date, tied
 * to their state where the knowledge has it (so a page that names Raphael Warnock means the
 * state by "Georgia"; see `placeContexts`).
 */
export function legislatorEntity(l: Legislator, placeIds: ReadonlySet<string> = new Set()): Entity {
  const spans = spansOf(l.terms);
  const current = spans[spans.length - 1];
  const name = newsName(l);
  const names = [...new Set([usualName(l), l.official_full, `${l.first} ${l.last}`].filter((a): a is string => !!a && a !== name))];
  // The family name alone is weak: it marks after the full name or a fitting title ("Sen. Durbin"),
  // as "Correa" in a story about Ecuador is not a congressman from California.
  const aliases: Entity['aliases'] = [...names, { text: l.last, weak: true }];
  const facts: Fact[] = [{ label: 'Office', value: seatName(current), from: current.start }];
  for (const span of spans.slice(0, -1).reverse().slice(0, 3)) facts.push({ label: 'Former office', value: seatName(span), from: span.start, to: span.end });
  if (current.party) facts.push({ label: 'Party', value: current.party === 'Democrat' ? 'Democratic Party' : current.party === 'Republican' ? 'Republican Party' : current.party });
  if (l.birthday) facts.push({ label: 'Born', value: longDate(l.birthday), from: l.birthday });
  const adjective = PARTY_ADJECTIVES[current.party ?? ''] ?? '';
  const chamber = current.type === 'sen' ? `senator from ${STATES[current.state] ?? current.state}` : `member of the House of Representatives from ${STATES[current.state] ?? current.state}`;
  const related = ['united-states', current.type === 'sen' ? 'us-senate' : 'us-house-of-representatives'];
  const partyId = PARTY_IDS[current.party ?? ''];
  if (partyId) related.push(partyId);
  const state = stateId(current.state, placeIds);
  if (state) related.push(state);
  const sources = [{ title: `Biographical Directory of the United States Congress: ${name}`, url: `https://bioguide.congress.gov/search/bio/${l.bioguide}` }];
  if (l.wikipedia) sources.push({ title: `${l.wikipedia} – Wikipedia`, url: `https://en.wikipedia.org/wiki/${encodeURIComponent(l.wikipedia.replaceAll(' ', '_'))}` });
  sources.push({ title: 'congress-legislators (public-domain dataset)', url: CONGRESS_DATASET.url });
  return {
    // The dataset's short name keeps ids stable when Wikipedia retitles an article.
    id: slugify(usualName(l)),
    type: 'person',
    name,
    aliases,
    description: `American ${adjective ? `${adjective} ` : ''}politician, U.S. ${chamber} since ${current.start.slice(0, 4)}.`.replace('U.S. member', 'member'),
    facts,
    sources,
    asOf: CONGRESS_DATASET.date,
    related,
  };
}

/**
 * Every current member, split by chamber, sorted by id. A member whose id a hand-written
 * entity already has (the Speaker, say) is left to that entity.
 */
export function buildCongress(legislators: readonly Legislator[], handIds: ReadonlySet<string>, placeIds: ReadonlySet<string> = new Set()): Map<string, Entity[]> {
  const files = new Map<string, Entity[]>([['senate', []], ['house', []]]);
  const seen = new Set<string>();
  for (const l of legislators) {
    const entity = legislatorEntity(l, placeIds);
    if (handIds.has(entity.id)) continue;
    // Two members with one usual name would clash: the second takes the full official name's id.
    if (seen.has(entity.id)) entity.id = slugify(l.official_full ?? `${l.first} ${l.middle ?? ''} ${l.last}`);
    seen.add(entity.id);
    const chamber = spansOf(l.terms).at(-1)?.type === 'sen' ? 'senate' : 'house';
    files.get(chamber)!.push(entity);
  }
  for (const list of files.values()) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return files;
}
