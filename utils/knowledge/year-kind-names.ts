import type { Entity } from './types.ts';
import { foldString } from '../matching/chars.ts';
import { countryDemonyms } from './demonyms.ts';
import { isCountry } from './place-contexts.ts';
import { isKindOfElection, isYearAndKind } from './generic-names.ts';
import { aliasesOf } from './validate.ts';

/**
 * Gives each event named by its year, its country and its kind ("2024 United Kingdom general
 * election", "2021 Myanmar coup") that name without the country, weak ("2024 general
 * election"), and a national vote by the year alone ("2024 election") and by its kind alone
 * ("presidential election", dated: see `withDatedEventNames`), where the country is
 * one the event is tied to (`related`), by name or by its people's ("Dutch"). A name another
 * entity already goes by is left alone.
 */
export function withYearKindNames(entities: readonly Entity[], all: readonly Entity[]): Entity[] {
  const { byId, demonyms, taken } = yearKindTables(all);
  return entities.map((entity) => {
    if (entity.type !== 'event') return entity;
    const placeWords = (entity.related ?? []).flatMap((id) => {
      const country = byId.get(id);
      return country ? [...aliasesOf(country).map(({ text }) => text), ...(demonyms[country.name] ?? [])] : [];
    });
    const own = new Set(aliasesOf(entity).map(({ text }) => foldString(text)));
    const forms = new Set<string>();
    for (const { text } of aliasesOf(entity)) {
      const year = /^((?:19|20)\d\d(?:[–-]\d{2,4})?) (.+)$/.exec(text);
      if (!year) continue;
      for (const place of placeWords) {
        if (!year[2].startsWith(`${place} `)) continue;
        const form = `${year[1]} ${year[2].slice(place.length + 1)}`;
        // "the 2023 election": a country's national vote goes by the year alone too, and by its kind alone ("the presidential election").
        const election = /^(\S+) ((?:general|parliamentary|federal|legislative|presidential|snap) )(elections?)$/.exec(form);
        const kind = election && isKindOfElection(`${election[2]}election`) ? [`${election[2]}election`, `${election[2]}elections`] : [];
        // News writes one vote in the plural too ("the 2026 parliamentary elections").
        const byYear = election ? [`${election[1]} ${election[2]}election`, `${election[1]} ${election[2]}elections`, `${election[1]} election`, `${election[1]} elections`] : [];
        for (const name of election ? [form, ...byYear, ...kind] : [form]) {
          if ((isYearAndKind(name) || isKindOfElection(name)) && !taken.has(foldString(name)) && !own.has(foldString(name))) forms.add(name);
        }
      }
    }
    return forms.size === 0 ? entity : { ...entity, aliases: [...entity.aliases, ...[...forms].map((text) => ({ text, weak: true }))] };
  });
}

/** What the names are read against: the countries by id, their people's names, and the names other kinds of entity hold. */
interface YearKindTables {
  byId: Map<string, Entity>;
  demonyms: Record<string, string[]>;
  taken: Set<string>;
}

const tablesOf = new WeakMap<readonly Entity[], YearKindTables>();

/** The tables of a knowledge, made once for it: a build names the page's events and then the background's. */
function yearKindTables(all: readonly Entity[]): YearKindTables {
  let tables = tablesOf.get(all);
  if (tables === undefined) {
    const countries = all.filter(isCountry);
    // Another kind of entity's name is no event's; other countries' events of the year share it.
    const taken = new Set(all.filter((e) => e.type !== 'event').flatMap((e) => aliasesOf(e).map(({ text }) => foldString(text))));
    tables = { byId: new Map(countries.map((c) => [c.id, c])), demonyms: countryDemonyms(countries), taken };
    tablesOf.set(all, tables);
  }
  return tables;
}
