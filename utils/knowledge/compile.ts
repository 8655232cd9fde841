import type { CardEntity, CompiledAlias, CompiledKnowledge, Entity, KnowledgePack } from './types.ts';
import { foldString } from '../matching/chars.ts';
import { packIndex } from '../matching/packed-index.ts';
import { writeFilter } from '../matching/remote-filter.ts';
import { isAcronym, judgeAliases } from './ambiguity.ts';
import { cueMask } from '../matching/cues.ts';
import { writeFlags } from '../matching/alias-index.ts';
import { shipHeaders } from './entity-table.ts';
import { givenNameVariants } from './given-name-variants.ts';
import { aliasesOf, checkPack } from './validate.ts';
import type { AmbiguityLists } from './word-lists.ts';

/**
 * Merges knowledge files into the compact index the content script loads (headers, aliases
 * pointing at entity positions, the packed alias index) and the card data the background serves.
 * Throws one error listing every problem, so a bad file fails the build loudly.
 */
export function compileKnowledge(files: { name: string; pack: KnowledgePack }[], lists?: AmbiguityLists): CompiledKnowledge {
  const all = files.flatMap((file) => file.pack.entities);
  const combined = { version: 'combined', asOf: latest(files.map((f) => f.pack.asOf)), entities: all };
  // Shared aliases are the ambiguity model's to judge (see `judgeAliases`), not an error here.
  const check = checkPack(combined, { aliasClashes: false });
  if (!check.ok) {
    const offsets = files.map((f) => f.pack.entities.length);
    const where = (path: string) => locate(path, files.map((f) => f.name), offsets);
    throw new Error(`Knowledge is invalid:\n${check.errors.map((e) => `  ${where(e.path)}: ${e.message}`).join('\n')}`);
  }
  // Pages hold the local entities; the rest (the gazetteer) live in the background, which
  // hands a page the buckets of the words it met (see `RemoteIndex`).
  const local = files.filter((f) => !isRemoteFile(f.name)).flatMap((f) => f.pack.entities);
  const remote = files.filter((f) => isRemoteFile(f.name)).flatMap((f) => f.pack.entities);
  const entities = [...local, ...remote];
  const aliases = judgedAliases(entities, lists);
  const version = files.map((f) => f.pack.version).join('+');
  return splitRemote(indexEntities(entities, combined.asOf, version, aliases), local.length);
}

/** Knowledge files whose entities pages get from the background, on first need. */
export const isRemoteFile = (name: string) => name.startsWith('places/gazetteer/');

/**
 * Splits compiled knowledge at `localCount`: the page index keeps the first entities and
 * their aliases, plus a filter of the first words that start the others' aliases; the rest
 * go into `remote`, numbered from 0, for the background.
 */
export function splitRemote(all: CompiledKnowledge, localCount: number): CompiledKnowledge {
  const entities = JSON.parse(all.cardsJson) as CardEntity[];
  const localAliases = all.aliases.filter((a) => a[1] < localCount);
  const remoteAliases = all.aliases.filter((a) => a[1] >= localCount).map(([text, p, weak]): CompiledAlias => [text, p - localCount, weak]);
  const remotePacked = packIndex(remoteAliases);
  return {
    ...all,
    headers: shipHeaders(entities.slice(0, localCount)),
    packed: packIndex(localAliases),
    remoteFilter: writeFilter(remotePacked.hashes),
    remote: { headers: shipHeaders(entities.slice(localCount)), packed: remotePacked },
  };
}

/**
 * Every alias of the bundled knowledge as the build judges it (see `judgeAliases`), plus the
 * other spellings of people's given names (see `givenNameVariants`), each as strong or weak
 * as the alias it spells. A variant that another entity already has is left out.
 */
export function judgedAliases(entities: readonly Entity[], lists?: AmbiguityLists): CompiledAlias[] {
  const judged = judgeAliases(entities, lists);
  const known = new Set(judged.flatMap((aliases) => aliases.map((a) => foldString(a.text))));
  const out: CompiledAlias[] = [];
  judged.forEach((aliases, position) => {
    const entity = entities[position];
    // Cues matter only where an alias cannot mark alone: a person's weak aliases.
    const cues = entity.type === 'person' ? cueMask(officeText(entity)) : 0;
    const flagsOf = (text: string, weak: boolean) =>
      writeFlags({ weak, capsWord: isAcronym(text) && (lists?.commonWords.has(foldString(text)) ?? false), cues: weak ? cues : 0 });
    for (const { text, weak } of aliases) out.push([text, position, flagsOf(text, weak)]);
    if (entity.type !== 'person') return;
    for (const { text, weak } of aliases) {
      for (const variant of givenNameVariants(text)) {
        const key = foldString(variant);
        if (known.has(key)) continue;
        known.add(key);
        out.push([variant, position, flagsOf(variant, weak)]);
      }
    }
  });
  return out;
}

/** What a person's cue words are checked against: their offices, rank and description. */
function officeText(entity: Entity): string {
  const facts = entity.facts.filter((f) => /office|rank|position|role/i.test(f.label)).map((f) => f.value);
  return [...facts, entity.description].join(' ');
}

/** Every alias of `entities` (each name first), pointing at its entity's place in the list. */
export function compiledAliases(entities: readonly Entity[]): CompiledAlias[] {
  return entities.flatMap((entity, position) => aliasesOf(entity).map(({ text, weak }): CompiledAlias => [text, position, weak ? 1 : 0]));
}

/** Card data plus alias list for already valid entities. */
export function indexEntities(entities: Entity[], asOf: string, version: string, aliases = compiledAliases(entities)): CompiledKnowledge {
  const cards = entities.map(toCard);
  const headers = shipHeaders(entities);
  const empty = { headers: shipHeaders([]), packed: packIndex([]) };
  return { version, asOf, headers, aliases, packed: packIndex(aliases), remoteFilter: writeFilter([]), remote: empty, cardsJson: JSON.stringify(cards) };
}

/** The entity as a card shows it: everything but its aliases. */
export function toCard(entity: Entity): CardEntity {
  const { aliases: _aliases, ...card } = entity;
  return card;
}

function latest(dates: string[]): string {
  return dates.reduce((a, b) => (b > a ? b : a), '0000');
}

/** Turns `entities[412].name` in the combined list back into `people.json: entities[3].name`. */
function locate(path: string, names: string[], counts: number[]): string {
  const match = /^entities\[(\d+)\](.*)$/.exec(path);
  if (!match) return path;
  let index = Number(match[1]);
  for (let f = 0; f < names.length; f++) {
    if (index < counts[f]) return `${names[f]}: entities[${index}]${match[2]}`;
    index -= counts[f];
  }
  return path;
}
