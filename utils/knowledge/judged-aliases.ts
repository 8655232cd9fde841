import type { CompiledAlias, Entity } from './types.ts';
import { foldString } from '../matching/chars.ts';
import { creditMask } from '../matching/credit-cues.ts';
import { cueMask } from '../matching/cues.ts';
import { partnerMask } from '../matching/partner-cues.ts';
import { AliasFlag, writeFlags } from '../matching/alias-index.ts';
import { acronymAsWord, namesWrittenAsWords } from './acronym-as-word.ts';
import { isAcronym, isSingleWord, judgeAliases } from './ambiguity.ts';
import { familyNameAliases } from './family-name-alias.ts';
import { familyNameVariants } from './family-name-variants.ts';
import { givenNameVariants } from './given-name-variants.ts';
import { otherSpelling } from './spelling-variants.ts';
import { markRegionNames } from './region-cue-names.ts';
import { markStateNames } from './state-names.ts';
import { particleCaseVariant } from './particle-case.ts';
import { partyWithKind } from './party-name.ts';
import { surnameWithoutArticle } from './surname-without-article.ts';
import type { AmbiguityLists } from './word-lists.ts';

/**
 * Every alias of the bundled knowledge as the build judges it (see `judgeAliases`), plus the
 * British or American spelling of an organisation's or event's name (see `otherSpelling`) and
 * the British spelling of an acronym said as a word ("Nato"; see `acronymAsWord`), a background
 * party's one-word name with "Party" after it (see `partyWithKind`), the
 * other spellings of people's given names (see `givenNameVariants`) and of Ukrainian family
 * names (see `familyNameVariants`), each as strong or weak as the alias it spells, and their
 * family names without the Arabic article (weak; see `surnameWithoutArticle`), and with their
 * particles in the other case (see `particleCaseVariant`). A variant that
 * another entity already has is left out. Then each person's family name where they lack it
 * (see `familyNameAliases`; `settled` says who pages carry, who get theirs only after a given
 * name), and the cues of the strong names those contest (see `withContestedCues`). Last, the
 * names a U.S. state shares, for a state's words to settle (see `markStateNames`), and a region
 * its city's (see `markRegionNames`).
 */
export function judgedAliases(entities: readonly Entity[], lists?: AmbiguityLists, settled: (position: number) => boolean = () => false): CompiledAlias[] {
  const judged = judgeAliases(entities, lists);
  const known = new Set(judged.flatMap((aliases) => aliases.map((a) => foldString(a.text))));
  const wordNames = lists ? namesWrittenAsWords(entities, judged) : new Set<string>();
  const out: CompiledAlias[] = [];
  judged.forEach((aliases, position) => {
    const entity = entities[position];
    // Cues matter only where an alias cannot mark alone: a person's weak aliases, an agency's or platform's ("AFP", "X"), a partner's ("the Council").
    const cues = entity.type === 'person' ? cueMask(officeText(entity)) : entity.type === 'organization' ? creditMask(entity.description) | partnerMask(entity.id) : 0;
    const flagsOf = (text: string, weak: boolean) =>
      writeFlags({
        weak,
        capsWord: isAcronym(text) && (lists?.commonWords.has(foldString(text)) ?? false),
        givenName: entity.type !== 'person' && isSingleWord(text) && (lists?.givenNames.has(foldString(text)) ?? false),
        givenFirst: entity.type === 'person' && lists !== undefined && opensWithGivenName(text, lists),
        cues: weak ? cues : 0,
      });
    for (const { text, weak } of aliases) out.push([text, position, flagsOf(text, weak)]);
    const add = (variant: string, weak: boolean) => {
      const key = foldString(variant);
      if (known.has(key)) return;
      known.add(key);
      out.push([variant, position, flagsOf(variant, weak)]);
    };
    if (entity.type !== 'person') {
      for (const { text, weak } of aliases) {
        const spelled = otherSpelling(text);
        if (spelled !== null) add(spelled, weak);
        // Not through `add`: "Nato" folds to the key "NATO" holds already.
        const said = lists ? acronymAsWord(text, lists, wordNames) : null;
        if (said !== null) out.push([said, position, flagsOf(said, weak)]);
        // The background's parties only: every name a page carries costs its script bytes.
        const named = weak || settled(position) ? null : partyWithKind(entity, text);
        if (named !== null) add(named, false);
      }
      return;
    }
    const ukrainian = isUkrainian(entity);
    for (const { text, weak } of aliases) {
      const given = givenNameVariants(text);
      for (const variant of given) add(variant, weak);
      if (ukrainian) for (const form of [text, ...given]) for (const variant of familyNameVariants(form)) add(variant, weak);
      const bare = surnameWithoutArticle(text);
      if (bare !== null) add(bare, true);
      // Not through `add`: "Bart de Wever" folds to the key "Bart De Wever" holds already.
      const recased = particleCaseVariant(text);
      if (recased !== null) out.push([recased, position, flagsOf(recased, weak)]);
    }
  });
  // In position order, each entity's own names first: pages sort their own entities' names before the background's.
  const family = familyNameAliases(entities, out, settled, lists?.givenNames);
  // Last, so a family name "Washington" is looked around as the capital's name is.
  return markRegionNames(entities, markStateNames(entities, [...withContestedCues(entities, out, family), ...family].sort((a, b) => a[1] - b[1])));
}

/** A name of several words that starts with a common given name which is no everyday word ("Jimmy Carter", not "Will Smith"). */
function opensWithGivenName(text: string, lists: AmbiguityLists): boolean {
  if (isSingleWord(text)) return false;
  const first = foldString(text.split(' ')[0]);
  return lists.givenNames.has(first) && !lists.commonWords.has(first);
}

/** A person whose name news may spell the Ukrainian or the Russian way (see `familyNameVariants`). */
const isUkrainian = (entity: Entity) => /Ukrain/.test(entity.description) || entity.facts.some((f) => /Ukrain/.test(f.value));

/** What a person's cue words are checked against: their offices, rank and description. */
function officeText(entity: Entity): string {
  const facts = entity.facts.filter((f) => /office|rank|position|role/i.test(f.label)).map((f) => f.value);
  return [...facts, entity.description].join(' ');
}

/**
 * A person's strong name that another person's family name now contests ("Trump" of Donald
 * Trump, beside Melania Trump's) carries its person's cues, so a title that fits one of them
 * settles it ("President Trump"), as it settles a weak name (see `soleCueFit`).
 */
function withContestedCues(entities: readonly Entity[], aliases: CompiledAlias[], family: readonly CompiledAlias[]): CompiledAlias[] {
  const contested = new Set(family.map(([text]) => foldString(text)));
  return aliases.map((alias) => {
    const [text, position, flags] = alias;
    const entity = entities[position];
    if (entity.type !== 'person' || (flags & AliasFlag.Weak) !== 0 || !contested.has(foldString(text))) return alias;
    return [text, position, flags | (cueMask(officeText(entity)) << AliasFlag.CueShift)];
  });
}
