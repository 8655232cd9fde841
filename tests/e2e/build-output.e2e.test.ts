import { readFileSync, statSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readKnowledgeFiles } from '../../utils/knowledge/vite-plugin';
import { CHROME_BUILD, FIREFOX_BUILD } from './support/paths';

/**
 * Budget for the page part, which every matched page parses once its DOM is complete (the card's
 * UI, ~43 KB, loads apart). It grows with the shared institution names and spellings pages
 * must settle in their first scan (stop 27: 245.5 KB), and with the heads of state and government
 * pages carry (stop 30: 20 more, and where towns are for "Moscow, Idaho": 248.8 → 256.3 KB), and
 * with the rules that read a page (stop 32: the other U.S. states that settle "Georgia", bylines'
 * and Title Case's words, and the names many countries give a body — "National Assembly",
 * "National Guard" — that pages settle in their first scan: 256.2 → 260.6 KB), and with the
 * sitting foreign and defence ministers and the lower-case names ("apartheid", "de Gaulle",
 * "upstate New York") pages must match in their first scan (stop 33: 260.6 → 263.7 KB), and
 * with the words that say a place's name is a person's given name here ("her sister Florence",
 * "Jordan, a student": stop 34, 263.7 → 266.0 KB), and with a flag on each alias that is a
 * given name ("Chad Miller … Chad") and the heads of international courts and bodies (stop 35:
 * 266.0 → 269.8 KB), and with the rules that read an acronym apart from a name of its letters,
 * a hyphenated name whole, and the filter of the background's first words for 207 more entities
 * (stop 36: 269.8 → 271.5 KB), and with the rule that a list settles a body's weak name
 * ("Alphabet, Amazon, Meta and Oracle") and the filter's words for 211 more entities and 510 MPs
 * (stop 37: 271.5 → 272.8 → 273.8 KB), and with the rule that marks no person in a byline and
 * 309 more entities (stop 38: 274.2 → 275.1 → 276.4 KB), and with the rules that read a given
 * name before a known surname, "&", a foreign name's particle, a code's number, a county and a
 * contraction, and 358 more entities (stop 39: 276.5 → 278.2 → 279.8 KB), and with 324 common
 * surnames made weak (a weak name carries its cue bits), the tables of things named after places
 * and of towns put elsewhere, and 331 more entities (stop 40: 279.9 → 283.2 KB), and with the
 * first six ties of the page's own bodies under a weak name ("Tisza" beside Péter Magyar), the
 * states that say a story's country and 268 more entities (stop 41: 283.2 → 286.7 KB), and with
 * the rules that read a wire credit ("TOKYO (AP) —", "told AFP", "a post on X") and a town that
 * stands for its team ("Miami is 4-7"), and four sitting heads and ministers among 262 more
 * entities (stop 42: 286.7 → 291.5 KB), and with the rule that reads a picture credit ("AP Photo"),
 * more of a team's words, and eight sitting heads, prime ministers and foreign ministers among 397
 * more entities (stop 43: 291.5 → 293.0 KB), and with 384 more entities, sitting chief executives
 * and coaches among them (stop 44: 293.0 → 294.8 KB), and with the first words of 221 more
 * entities (stop 45: 294.8 → 295.5 KB), and with the British spelling of the page's acronyms
 * ("Nato", "Opec"), the "Chief Executive" cue and the first words of 209 more entities (stop 46:
 * 295.5 → 296.4 KB), and with 389 more entities, two heads of state and parliament speakers
 * among them, and Germany's two big parties by their members ("the Social Democrats", "the
 * Christian Democrats", with the context that says Germany) (stop 47: 296.4 → 298.8 KB), and
 * with "the Treasury" as a name three countries' finance ministries share, with the context that
 * says which, and three prime ministers and a defence minister among 257 more
 * entities, less the sports executives and regional presidents that no longer ship (stop 49:
 * 299.5 → 300.3 KB), and with the state's words that settle a name a U.S. state shares ("Gov.
 * Kathy Hochul of New York", "Washington Attorney General") and "the Council" named with the
 * European Parliament, and with a surname its namesake contests ("Trump", "Vučević") carrying its
 * person's cues, and the other states that settle a state named like a person (stop 50: 300.5 →
 * 303.5 KB), and with a shared name judged again once the story has said whom it means (a
 * headline's "Vucevic"), the ship's-prefix, "Gulf of" and Arabic-particle rules, "Congress" and
 * "the House" with the contexts that say whose, and the first words of 91 more entities (stop
 * 51: 303.5 → 306.5 KB), and with a region's words that take a city's name for its region ("the Kyiv
 * and Dnipro regions", "Kharkiv Governor"), a club's name where a list or a score says so, a
 * headline's surname, and the first words of 101 more entities, and "Greens" for five Green
 * parties with the contexts that say which country's (stop 52: 306.7 → 312.3 KB), and with 27
 * more bodies under names many countries use, each with the context that says whose (the Senates
 * of Argentina and Colombia, Latin America's electoral councils, the Houses of Representatives of
 * Japan and Libya, the Nordic parties' plain names) and the words for each country's people that
 * say which country a story is about ("Argentine"), and 70 more entities (stop 53: 312.3 → 337.9 KB). The page part
 * costs less to run all the same: its regexes no longer build Unicode tables (seed article
 * 82.6 → 64.6 ms; see utils/matching/letter-classes.ts). Stop 54 took out code pages never
 * ran but paid for, the knowledge compiler's tables (337.9 → 334.6 KB), then added six bodies
 * under such shared names (Malta's Labour Party, Spain's Congress of Deputies, Italy's
 * Democratic Party) and each person's family name from every full name the knowledge gives
 * (→ 341.5 KB), shipped demonyms singular (→ 342.9 KB), and ten more bodies under shared names
 * from three held-out samples (Romania's Parliament and Chamber of Deputies, Lithuania's Supreme
 * Court, the Greens of England and Wales and of France, Poland's Left) and Montana, whose bare
 * name the page settles (→ 345.4 KB). The long tail, the history and the clubs among it, stays in
 * the background. Stop 58 shipped six more bodies under shared names whose context must come
 * with the first scan (Pakistan's Senate, National Assembly and Supreme Court, Belarus's National
 * Assembly, Israel's Justice Ministry, Australia's eSafety Commissioner, written in lower case),
 * and Spanish-speaking people's two family names (346.2 → 349.5 KB). Stop 59 shipped 18 more
 * bodies and events whose names pages need in the first scan (Canada's parties and House of
 * Commons by their bare names, India's and Thailand's election commissions, the judges' councils
 * of Italy and Poland, China's Central Military Commission), each year-named event's name without
 * its year, which the page's date settles, and the contexts of events by year and kind ("the 2024
 * general election") (→ 360.8 KB): 356 KiB. Stop 60 shipped eleven more bodies under shared names
 * (Australia's Senate and Parliament, Mexico's Senate, Ireland's Supreme Court and Council of
 * State, Japan's environment ministry, Syria's interior and Lebanon's health ministries, Saudi
 * Arabia's foreign ministry, South Africa's Treasury) and the war's lower-case names ("war in
 * Ukraine") (→ 365.3 KB): 360 KiB. Stop 61 shipped five more whose names pages need in the first
 * scan (Nepal's Election Commission and House of Representatives, India's Article 370, Austria's
 * People's Party by that name, Belgium's Skeyes) and the rules for bodies' names that hold a
 * place ("the Islamabad High Court", "the Young Socialists of Switzerland") (→ 369.6 KB), then a
 * second round's rules (a surname after a person's full name, papers named "The" and an
 * adjective, initials that spell a name) and four more bodies (→ 372.6 KB): 366 KiB. Stop 62
 * shipped thirteen bodies whose shared names pages need in the first scan (Belgium's PS and
 * Groen, Spain's and Portugal's Socialists, Ireland's Greens, Kenya's DP, Brazil's Congress and
 * its two chambers, the New York State Senate, Panama's Supreme Court, Libya's central bank,
 * Singapore's Parliament), and moved 22 whose only lower-case name opens with the Arabic article ("al-Qaeda")
 * to the background, whose filter reads it (→ 376.9 KB): 370 KiB. Stop 63 shipped three bodies whose
 * shared names pages need in the first scan (Albania's Socialist and Democratic parties, Nepal's
 * National Assembly), the contexts of Portugal's Socialists and South Africa's Democratic Alliance
 * under their bare names, east London and the debt brake in lower case, and the rules for a vote by its
 * kind alone ("the presidential election"), an airport's or a palace's name in lower case, and a
 * country's name that ends a known person's (→ 382.2 KB): 374 KiB. Stop 64 shipped eight bodies
 * whose shared or lower-case names pages need in the first scan (the constitutional courts of
 * Montenegro and Madagascar, Czechia's Chamber of Deputies, Australia's and New Zealand's Houses
 * of Representatives by their bare names, Iraq's Supreme Judicial Council, Ireland's Central Bank,
 * the Paris court), the plural of a vote by its year ("the 2026
 * parliamentary elections"), and the rules for initials after a possessive name, a place's class
 * or style, a nickname in single quotes and a title after "Vice" (→ 387.5 KB): 379 KiB. Stop 65
 * shipped three bodies under shared names (Thailand's Supreme Court, Vietnam's Politburo and
 * Central Military Commission) and Kazakhstan's foreign and defence ministers; its bodies' and
 * places' contexts took their countries' leaders' family names ("the Senate" beside "President
 * Trump"), and the rules for a patronymic, a dateline's short month and initials that spell the
 * end of a longer name (→ 390.6 KB): 382 KiB.
 */
const PAGE_PART_BUDGET_BYTES = 382 * 1024;
/** Budget for the card's UI, which a page imports when a reader first rests on a name. */
const CARD_UI_BUDGET_BYTES = 60 * 1024;
/**
 * Budget for the background script, which the MV3 service worker parses at every start. It
 * holds every background entity's id and name (about 760 KB of its size). 1 MiB until stop 48,
 * when the gazetteer's second tier (439 towns of 100,000 where news is in English) took it to
 * 1.05 MB (1.07 MB with that round's 380 researched entities): V8 compiled it in 8.7 ms against
 * 8.6 ms for stop 46's 1.02 MB (median of 15). 1.125 MiB from stop 49 to stop 58 (1.17 MB),
 * then 1.15 MiB, as stop 59's 74 researched entities and the events' dated names took it to 1.18 MB.
 * 1.2 MiB from stop 61, whose 201 researched entities took it to 1.209 MB.
 */
const BACKGROUND_BUDGET_BYTES = 1.2 * 1024 * 1024;
/** Budget for the content script: every matched page parses it, at document_start, while its own parsing waits. */
const CONTENT_SCRIPT_BUDGET_BYTES = 20 * 1024;

const descriptions = readKnowledgeFiles().flatMap((f) => f.pack.entities.map((e) => e.description));
/** A description as a JS string literal holds it (quotes escaped once). */
const asLiteral = (text: string) => JSON.stringify(text).slice(1, -1);
/** As the background holds it: inside a card's JSON line, inside the cards' string literal. */
const inCardLines = (text: string) => asLiteral(asLiteral(text));

const WINDOW = 24;
/**
 * Which of `needles` `text` holds. Each needle's first characters are looked up among the
 * text's windows first: 20,000 descriptions each searched through a 250 KB script took ~50 s.
 */
function heldIn(text: string, needles: readonly string[]): string[] {
  const windows = new Set<string>();
  for (let i = 0; i + WINDOW <= text.length; i++) windows.add(text.slice(i, i + WINDOW));
  return needles.filter((n) => (n.length < WINDOW || windows.has(n.slice(0, WINDOW))) && text.includes(n));
}

describe.each([
  ['Chrome', CHROME_BUILD],
  ['Firefox', FIREFOX_BUILD],
])('the %s build', (_name, build) => {
  const contentScript = resolve(build, 'content-scripts/news.js');
  const pagePart = resolve(build, 'content-scripts/news-page.js');

  it('keeps card text out of the scripts: the background reads it from a packaged file on first need', () => {
    const page = readFileSync(contentScript, 'utf8') + readFileSync(pagePart, 'utf8');
    const background = readFileSync(resolve(build, 'background.js'), 'utf8');
    const cards = readFileSync(resolve(build, 'knowledge/cards.jsonl'), 'utf8');
    expect(heldIn(page, [...descriptions.map(asLiteral), ...descriptions.map(inCardLines)])).toEqual([]);
    // A 12 MB background.js took the service worker ~4.5 s to start: it holds no card text.
    expect(heldIn(background, [...descriptions.map(asLiteral), ...descriptions.map(inCardLines)])).toEqual([]);
    const carded = new Set(cards.split('\n').filter(Boolean).map((line) => (JSON.parse(line) as { description: string }).description));
    expect(descriptions.filter((d) => !carded.has(d))).toEqual([]);
    expect(statSync(resolve(build, 'background.js')).size).toBeLessThan(BACKGROUND_BUDGET_BYTES);
  });

  it("never has pages read whole packs: only the background and the options page know the packs' storage key", () => {
    // A WXT item reads its whole value as it is defined: a page defining `local:packs` read
    // every installed pack on every load (~250 ms with a 20,000-alias pack).
    const read = (file: string) => readFileSync(resolve(build, file), 'utf8');
    expect([read('content-scripts/news.js'), read('content-scripts/news-page.js')].map((code) => code.includes('local:packs'))).toEqual([false, false]);
    expect(read('content-scripts/news.js')).toContain('local:pack-pages');
    expect(read('background.js')).toContain('local:packs');
  });

  it('ships the content script and the page part within their size budgets', () => {
    expect(statSync(contentScript).size).toBeLessThan(CONTENT_SCRIPT_BUDGET_BYTES);
    expect(statSync(pagePart).size).toBeLessThan(PAGE_PART_BUDGET_BYTES);
  });

  it('runs only the small listener script at document_start, the page part once the DOM is complete, and exposes only the card\'s UI to pages', () => {
    const manifest = JSON.parse(readFileSync(resolve(build, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[]; run_at: string }[]; web_accessible_resources?: unknown };
    const runAt = Object.fromEntries(manifest.content_scripts.flatMap((c) => c.js.map((file) => [file, c.run_at])));
    expect(runAt).toEqual({ 'content-scripts/news.js': 'document_start', 'content-scripts/news-page.js': 'document_end' });
    // Chrome: at an address that changes every session, so pages cannot probe for the extension.
    expect(manifest.web_accessible_resources).toEqual(
      build === CHROME_BUILD ? [{ resources: ['card-ui.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true }] : ['card-ui.js'],
    );
  });

  it('builds no Unicode-property regex in the page part but the lazy fallback for rare scripts', () => {
    // Each such regex cost every page its build (see utils/matching/letter-classes.ts).
    const code = readFileSync(pagePart, 'utf8');
    const properties = code.match(/\\\\?[pP]\{\w+\}/g) ?? [];
    // chars.ts makes its two on first need, from strings, for letters outside the ranges it knows.
    expect(properties.sort()).toEqual(['\\\\p{L}', '\\\\p{M}', '\\\\p{N}']);
  });

  it("ships the card's UI apart from the page part, which every page compiles", () => {
    const css = readFileSync(resolve(import.meta.dirname, '../../assets/card.css'), 'utf8');
    const rule = css.slice(0, css.indexOf('}'));
    // As the minified stylesheet writes it: "--accent:#0b5cad".
    const marker = rule.split('\n').find((line) => line.includes('--accent'))!.replace(/[\s;]/g, '');
    expect(readFileSync(pagePart, 'utf8')).not.toContain(marker);
    expect(readFileSync(resolve(build, 'card-ui.js'), 'utf8')).toContain(marker);
    expect(statSync(resolve(build, 'card-ui.js')).size).toBeLessThan(CARD_UI_BUDGET_BYTES);
  });
});

describe('the Firefox build for desktop and Android', () => {
  it('declares Firefox for Android and passes web-ext lint with no errors', () => {
    const manifest = JSON.parse(readFileSync(resolve(FIREFOX_BUILD, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko_android).toEqual({ strict_min_version: '142.0' });
    const web = resolve(import.meta.dirname, '../../node_modules/.bin/web-ext');
    const run = spawnSync(web, ['lint', '--source-dir', FIREFOX_BUILD, '--output', 'json', '--no-config-discovery'], { encoding: 'utf8' });
    const report = JSON.parse(run.stdout) as { summary: { errors: number }; errors: { code: string; message: string }[] };
    expect(report.errors.map((e) => `${e.code}: ${e.message}`)).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 60_000);
});
