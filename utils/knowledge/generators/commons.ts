import { foldString } from '../../matching/chars.ts';
import type { Entity, Fact, KnowledgePack } from '../types.ts';
import { aliasesOf } from '../validate.ts';
import { loadAmbiguityLists } from '../word-lists.ts';
import { COMMONS_FOLDER } from '../generated-files.ts';
import { isGenerated } from './sources.ts';
import { slugify } from './slug.ts';

/** One MP elected in July 2024, as the vendored extract keeps them (see `utils/knowledge/vendor/README.md`). */
export interface CommonsMember {
  /** The member's id in Parliament's own members service (members.parliament.uk). */
  mnis: number;
  given: string;
  family: string;
  seat: string;
  country: 'England' | 'Scotland' | 'Wales' | 'Northern Ireland';
  party: string;
  votes: number;
  /** Share of the valid vote, 0–1, as the dataset gives it (rounding it first made 38.65% read as 38.6%). */
  share: number;
  majority: number;
  /** How many candidacies at the UK general elections since 2010 had this family name: how common a surname it is in Britain. */
  familyNameCandidacies: number;
  /** Seats won at the earlier general elections the dataset holds (2010, 2015, 2017, 2019; it has no by-elections), oldest first. */
  earlier: { date: string; seat: string; party: string }[];
}

/** The House of Commons Library's results: the date of the election every member's facts hold for. */
export const COMMONS_DATASET = {
  url: 'https://electionresults.parliament.uk/',
  repository: 'https://github.com/ukparliament/psephology-datasette',
  election: '2024-07-04',
  // The day after polling: every seat was declared by then.
  date: '2024-07-05',
};

/** The dataset's party names as cards say them, with the knowledge's id for each party. */
const PARTIES: Record<string, { name: string; id?: string }> = {
  Labour: { name: 'Labour', id: 'labour-party-uk' },
  'Labour / Co-operative': { name: 'Labour and Co-operative', id: 'labour-party-uk' },
  Conservative: { name: 'Conservative', id: 'conservative-party-uk' },
  'Liberal Democrat': { name: 'Liberal Democrat', id: 'liberal-democrats-uk' },
  'Scottish National Party': { name: 'Scottish National Party', id: 'snp' },
  'Sinn Féin': { name: 'Sinn Féin', id: 'sinn-fein' },
  'Democratic Unionist Party': { name: 'Democratic Unionist Party', id: 'dup' },
  'Reform UK': { name: 'Reform UK', id: 'reform-uk' },
  'Plaid Cymru': { name: 'Plaid Cymru', id: 'plaid-cymru' },
  'Green Party': { name: 'Green Party', id: 'green-party-england-and-wales' },
  'Social Democratic & Labour Party': { name: 'SDLP', id: 'sdlp' },
  Alliance: { name: 'Alliance Party', id: 'alliance-party-of-northern-ireland' },
  'Ulster Unionist Party': { name: 'Ulster Unionist Party', id: 'ulster-unionist-party' },
  'Traditional Unionist Voice': { name: 'Traditional Unionist Voice', id: 'traditional-unionist-voice' },
  Independent: { name: 'independent' },
  Speaker: { name: 'the Speaker' },
};

const partyName = (party: string) => PARTIES[party]?.name ?? party;
const fullName = (m: Pick<CommonsMember, 'given' | 'family'>) => `${m.given} ${m.family}`;
const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const thousands = (n: number) => n.toLocaleString('en-GB');

/** Runs of wins for one party, oldest first: "2010, 2015, 2017 (Labour)", "2019 (the Speaker)". */
function runsOf(wins: readonly { year: string; party: string }[]): string[] {
  const runs: { years: string[]; party: string }[] = [];
  for (const win of wins) {
    const last = runs[runs.length - 1];
    if (last?.party === win.party) last.years.push(win.year);
    else runs.push({ years: [win.year], party: win.party });
  }
  return runs.map((run) => `${run.years.join(', ')} (${run.party})`);
}

/** "Chorley: 2010, 2015, 2017 (Labour); 2019 (the Speaker)": each seat's wins, the party after each run of them. */
export function earlierWins(earlier: CommonsMember['earlier']): string {
  const bySeat = new Map<string, { year: string; party: string }[]>();
  for (const win of earlier) bySeat.set(win.seat, [...(bySeat.get(win.seat) ?? []), { year: win.date.slice(0, 4), party: partyName(win.party) }]);
  return [...bySeat].map(([seat, wins]) => `${seat}: ${runsOf(wins).join('; ')}`).join('; ');
}

/**
 * An MP as the July 2024 election left them: their seat, the result, their party and the seats
 * they won before (the results go back to 2010). Dated the day after polling, so a card says
 * what held then; people who changed party or office since are written by hand.
 */
export function memberEntity(m: CommonsMember): Entity {
  const name = fullName(m);
  const party = partyName(m.party);
  const standing = m.party === 'Speaker' ? 'as Speaker of the House of Commons' : m.party === 'Independent' ? 'as an independent' : `for ${party}`;
  const facts: Fact[] = [
    { label: 'Office', value: `Member of Parliament for ${m.seat} (${m.country}), elected ${standing} at the 4 July 2024 general election`, from: COMMONS_DATASET.election },
    { label: '2024 result', value: `${thousands(m.votes)} votes (${percent(m.share)}), a majority of ${thousands(m.majority)}`, from: COMMONS_DATASET.election },
  ];
  if (m.earlier.length > 0) facts.push({ label: 'Earlier general-election wins', value: earlierWins(m.earlier), from: m.earlier[0].date.slice(0, 4), to: m.earlier[m.earlier.length - 1].date.slice(0, 4) });
  const partyId = PARTIES[m.party]?.id;
  return {
    id: slugify(name),
    type: 'person',
    name,
    // The family name alone comes from the build, weak (see `family-name-alias.ts`): written here it would take a town's name from the gazetteer.
    aliases: [],
    description: `British politician elected MP for ${m.seat} ${standing} at the July 2024 general election.`,
    facts,
    sources: [
      { title: `UK Parliament, MPs and Lords: ${name}`, url: `https://members.parliament.uk/member/${m.mnis}/career` },
      { title: 'UK Parliament election results (House of Commons Library)', url: COMMONS_DATASET.url },
    ],
    asOf: COMMONS_DATASET.date,
    related: ['united-kingdom', 'house-of-commons-uk', ...(partyId ? [partyId] : [])],
  };
}

/** Hand-written people's given names (folded) by their family name, against which an MP is looked up. */
export function handPeopleByFamily(people: readonly Pick<Entity, 'name'>[]): Map<string, string[]> {
  const byFamily = new Map<string, string[]>();
  for (const { name } of people) {
    const words = foldString(name).split(' ');
    if (words.length < 2) continue;
    const family = words[words.length - 1];
    byFamily.set(family, [...(byFamily.get(family) ?? []), words[0]]);
  }
  return byFamily;
}

/**
 * Whether an MP is a hand-written person: the same family name, and given names of which one
 * starts the other ("Ed" Davey is Edward Davey). Two letters alike are not enough: Joy Reid,
 * the American broadcaster, is not Joani Reid, the MP.
 */
function isHandPerson(name: string, handPeople: ReadonlyMap<string, readonly string[]>): boolean {
  const words = foldString(name).split(' ');
  const given = words[0];
  return (handPeople.get(words[words.length - 1]) ?? []).some((hand) => hand.startsWith(given) || given.startsWith(hand));
}

/**
 * A family name at least this many of the 19,260 candidacies since 2010 had (Smith 205, Jones
 * 177, Evans 59, Cooper 44; most MPs' names had a handful) is one of Britain's commonest: with a
 * common given name, the full name is many people's ("Chris Evans", "Sarah Smith", a BBC editor).
 */
export const COMMON_FAMILY_NAME_CANDIDACIES = 40;

/** Whether an MP's full name is many people's: a common given name and one of the commonest family names. */
export const isCommonName = (m: Pick<CommonsMember, 'given' | 'familyNameCandidacies'>, givenNames: ReadonlySet<string>) =>
  m.familyNameCandidacies >= COMMON_FAMILY_NAME_CANDIDACIES && givenNames.has(foldString(m.given));

/**
 * Every MP the knowledge lacks, by nation, sorted by id. One a hand-written person already is
 * ("Edward Davey", written by hand as Ed Davey: same family name, a given name that starts
 * alike) is left to that entity, which says what they hold now; one whose full name another
 * entity has (a congressman David Taylor) or many people have (`isCommonName`) is left out, as a
 * page could not tell them apart.
 */
export function buildCommons(
  members: readonly CommonsMember[],
  handPeople: ReadonlyMap<string, readonly string[]>,
  takenIds: ReadonlySet<string>,
  takenNames: ReadonlySet<string> = new Set(),
  givenNames: ReadonlySet<string> = new Set(),
): Map<string, Entity[]> {
  const files = new Map<string, Entity[]>();
  for (const m of members) {
    const name = fullName(m);
    if (isCommonName(m, givenNames) || takenNames.has(foldString(name)) || isHandPerson(name, handPeople)) continue;
    const entity = memberEntity(m);
    if (takenIds.has(entity.id)) entity.id = `${entity.id}-mp`;
    const nation = slugify(m.country);
    files.set(nation, [...(files.get(nation) ?? []), entity]);
  }
  for (const list of files.values()) list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return files;
}

/** The MPs' files from the knowledge beside them (`npm run knowledge`, and the test that the committed files are current). */
export function commonsFromKnowledge(members: readonly CommonsMember[], files: readonly { name: string; pack: KnowledgePack }[]): Map<string, Entity[]> {
  const others = files.filter((f) => !f.name.startsWith(COMMONS_FOLDER)).flatMap((f) => f.pack.entities);
  const handPeople = files.filter((f) => !isGenerated(f.name)).flatMap((f) => f.pack.entities.filter((e) => e.type === 'person'));
  const otherNames = new Set(others.flatMap((e) => aliasesOf(e).map((a) => foldString(a.text))));
  return buildCommons(members, handPeopleByFamily(handPeople), new Set(others.map((e) => e.id)), otherNames, loadAmbiguityLists().givenNames);
}
