import { charInfo, IS_UPPER } from './chars';
import { HYPHENS } from './hyphen-joined';
import { DIGIT, LETTER, LOWER } from './letter-classes';

/**
 * A place's name before these lower-case words names a thing, not the place: a food, a
 * breed, a garment ("Brussels sprouts" in a study of diets, "Wellington boots", "Lima beans",
 * "Buffalo wings", "Kobe beef"). Health, food and shopping pages write them often; the run
 * rule, which reads capitals, cannot see them. Keyed by the place's name in lower case.
 */
const THINGS: Readonly<Record<string, readonly string[]>> = {
  brussels: ['sprout', 'sprouts'],
  dijon: ['mustard'],
  parma: ['ham'],
  cheddar: ['cheese'],
  worcester: ['sauce'],
  worcestershire: ['sauce'],
  tabasco: ['sauce'],
  bakewell: ['tart', 'tarts', 'pudding'],
  dover: ['sole'],
  jersey: ['cow', 'cows'],
  guernsey: ['cow', 'cows'],
  shetland: ['pony', 'ponies'],
  panama: ['hat', 'hats'],
  bermuda: ['shorts'],
  chelsea: ['boot', 'boots', 'bun', 'buns'],
  oxford: ['shoe', 'shoes', 'comma'],
  wellington: ['boot', 'boots'],
  cayenne: ['pepper'],
  lima: ['bean', 'beans'],
  brazil: ['nut', 'nuts'],
  labrador: ['retriever', 'retrievers'],
  yorkshire: ['pudding', 'puddings', 'terrier', 'terriers'],
  boston: ['terrier', 'terriers'],
  victoria: ['sponge'],
  eton: ['mess'],
  madras: ['curry'],
  buffalo: ['wing', 'wings'],
  denver: ['omelet', 'omelette'],
  vienna: ['sausage', 'sausages'],
  valencia: ['orange', 'oranges'],
  seville: ['orange', 'oranges'],
  jaffa: ['cake', 'cakes'],
  kobe: ['beef'],
  turkey: ['sandwich', 'sandwiches', 'breast', 'burger', 'burgers'],
  swiss: ['chard', 'roll'],
};

const NEXT_WORD = new RegExp(String.raw`^[ \u00a0]([${LOWER}]+)(?![${LETTER}${DIGIT}])`);

/**
 * A kind a hyphen joins after a name: a ship's class, a style or a manner named after the
 * place ("Virginia-class submarines", "Oxford-style shoes", "Chicago-style pizza"), not the
 * place. "Washington-based" stays the place's.
 */
const KIND_AFTER = new RegExp(String.raw`^[-\u2010\u2011](?:class|style|esque)(?![${LETTER}${DIGIT}])`);

/** Whether the name at [start, end) of `text` and the words after it name a thing (see `THINGS`, `KIND_AFTER` and `DOLLAR_AFTER`); `words` is the name's count of words. */
export function namesAThing(text: string, start: number, end: number, words: number): boolean {
  // Most names are followed by neither a hyphen nor a thing's word: no slice then.
  if (HYPHENS.has(text[end])) return KIND_AFTER.test(text.slice(end, end + 8));
  const after = text.charCodeAt(end);
  if ((after === 32 || after === 160) && text.startsWith('dollar', end + 1)) return DOLLAR_AFTER.test(text.slice(end, end + 10));
  const things = words === 1 ? THINGS[text.slice(start, end).toLowerCase()] : undefined;
  if (things === undefined) return false;
  const next = NEXT_WORD.exec(text.slice(end, end + 16));
  return next !== null && things.includes(next[1]);
}

/** A country's or territory's name before its currency ("30 US dollars", "the Hong Kong dollar"): the money, not the place. */
const DOLLAR_AFTER = new RegExp(String.raw`^[ \u00a0]dollars?(?![${LETTER}${DIGIT}])`);

/**
 * A ship's prefix right before a name ("USS Abraham Lincoln", "HMS Prince of Wales", "INS
 * Vikrant", "MV Rubymar"): the ship's name, not the president, prince or place it honours.
 * Stories of naval deployments name carriers so daily. A ship the knowledge has is matched
 * with its prefix, as the longer name, before this is asked.
 */
const SHIP_PREFIX_BEFORE = new RegExp(String.raw`(?:^|[^${LETTER}${DIGIT}])(?:USS|USNS|USCGC|HMS|HMAS|HMCS|HMNZS|INS|RFS|ROKS|TCG|ORP|NRP|KRI|BRP|PNS|MV)[ \u00a0]$`);
/**
 * A U.S. lawmaker's party tag before their home town or state ("Don Scott, D-Portsmouth",
 * "R-Texas", "(D–Chesterfield)" with the en dash some papers set): the town is the district's, often one the knowledge lacks while it has a larger
 * namesake abroad (Portsmouth, England), and the tag itself is no mention of it.
 */
const PARTY_TAG_BEFORE = /(?:^|[\s(,])[DRI][-‐‑–]$/u;
/** A mountain's abbreviated "Mount" ("Mt. Kenya", "Mt. Fuji"): the mountain or its region, not the country or town. */
const MOUNT_BEFORE = new RegExp(String.raw`(?:^|[^${LETTER}${DIGIT}])Mt\.[ \u00a0]$`);

/** Whether the name starting at `start` of `text` follows a ship's prefix, a party tag or "Mt." (see above). */
export function afterNamePrefix(text: string, start: number): boolean {
  // Asked of every match: most follow neither a capital or a period and a space nor a hyphen or dash, so no slice is made.
  const last = text.charCodeAt(start - 1);
  const beforeSpace = text.charCodeAt(start - 2);
  if (last !== 45 && last !== 0x2010 && last !== 0x2011 && last !== 0x2013 && !((last === 32 || last === 160) && (beforeSpace === 46 || (charInfo(beforeSpace) & IS_UPPER) !== 0))) return false;
  const before = text.slice(Math.max(0, start - 8), start);
  return SHIP_PREFIX_BEFORE.test(before) || PARTY_TAG_BEFORE.test(before) || MOUNT_BEFORE.test(before);
}


/**
 * A word that heads a longer name with "of" before the match ("Gulf of Guinea", "University of
 * Tokyo", "National University of Singapore", "Sea of Azov", "Duke of Sussex"): the whole is
 * a sea, a school or a title, not the place it is named after. Offices are not among them:
 * "the President of France" is France's.
 */
const HEAD_OF_BEFORE = new RegExp(String.raw`(?:^|[^${LETTER}${DIGIT}])(?:Gulf|Bay|Sea|Straits?|Isles?|Cape|Lake|Mount|University|College|Institute|Museum|Duke|Duchess|Earl|Prince|Princess|Archbishop|Bishop)[ \u00a0]of[ \u00a0](?:the[ \u00a0])?$`);

/** Whether the name starting at `start` of `text` ends a longer name headed so (see above). */
export function endsHeadedName(text: string, start: number): boolean {
  // Only "of " or "the " can come right before: a cheap look first, as for the ship's prefix.
  if (text.charCodeAt(start - 2) !== 102 && text.charCodeAt(start - 2) !== 101) return false;
  return HEAD_OF_BEFORE.test(text.slice(Math.max(0, start - 24), start));
}

/**
 * A state's U.S. Senate contest after a chamber's name ("the Texas Senate race", "a Georgia
 * Senate seat", "the Maine Senate primary"): the state's seat in Washington, not its own
 * senate, so the chamber is not marked. The U.S. Senate's own name keeps it.
 */
const SENATE_CONTEST = /^(?:(?!U\.?S\.? |US |United States )[^ ]+ )+Senate [ \u00a0]?(?:seat|seats|race|races|primary|runoff|run-off|contest|candidate|candidates|nominee|nomination|campaign|bid|hopeful)\b/u;

/** Whether the name at [start, end) ends in "Senate" and a U.S. Senate contest's word follows (see `SENATE_CONTEST`). */
export function senateContest(text: string, start: number, end: number): boolean {
  return text.startsWith('Senate', end - 6) && SENATE_CONTEST.test(text.slice(start, end + 12));
}
