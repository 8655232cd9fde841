import schemaJson from '../../assets/knowledge/schema.json' with { type: 'json' };
import { foldString } from '../matching/chars.ts';
import { checkSchema, type SchemaError, type SchemaNode } from './json-schema.ts';
import type { Alias, Entity, KnowledgePack } from './types.ts';

export const MAX_PACK_BYTES = 5 * 1024 * 1024;
export const MAX_PACK_ENTITIES = 50_000;

const schema = schemaJson as SchemaNode;

export type PackCheck = { ok: true; pack: KnowledgePack } | { ok: false; errors: SchemaError[] };

export interface CheckOptions {
  /** Ids that `related` may point to besides the pack's own (the bundled knowledge). */
  knownIds?: ReadonlySet<string>;
  /** Refuse two entities sharing a strong alias (a reader's pack); the build judges shared aliases itself. */
  aliasClashes?: boolean;
}

/** Parses and checks a pack given as text, as a user pastes or picks it. */
export function checkPackText(text: string, options: CheckOptions = {}): PackCheck {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_PACK_BYTES) {
    return fail('', `is ${(bytes / 1024 / 1024).toFixed(1)} MB; a pack may be at most 5 MB`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail('', `is not valid JSON: ${(error as Error).message}`);
  }
  return checkPack(data, options);
}

/** Checks parsed data against the schema, then the rules a schema cannot say. */
export function checkPack(data: unknown, options: CheckOptions = {}): PackCheck {
  if (data && typeof data === 'object' && Array.isArray((data as KnowledgePack).entities)) {
    const count = (data as KnowledgePack).entities.length;
    if (count > MAX_PACK_ENTITIES) return fail('entities', `has ${count} entities; a pack may hold at most ${MAX_PACK_ENTITIES}`);
  }
  const errors: SchemaError[] = [];
  checkSchema(data, schema, schema, '', errors);
  if (errors.length > 0) return { ok: false, errors };
  const pack = data as KnowledgePack;
  checkDates(pack, errors);
  checkIds(pack.entities, options.knownIds, errors);
  if (options.aliasClashes !== false) checkAliasClashes(pack.entities, errors);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, pack };
}

function fail(path: string, message: string): PackCheck {
  return { ok: false, errors: [{ path, message }] };
}

/** True for a real calendar date in YYYY, YYYY-MM or YYYY-MM-DD form. */
export function isRealDate(text: string): boolean {
  const [y, m, d] = text.split('-').map(Number);
  if (m === undefined) return y > 0;
  if (d === undefined) return m >= 1 && m <= 12;
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function checkDates(pack: KnowledgePack, errors: SchemaError[]): void {
  if (!isRealDate(pack.asOf)) errors.push({ path: 'asOf', message: `${pack.asOf} is not a real date` });
  pack.entities.forEach((entity, i) => {
    if (!isRealDate(entity.asOf)) errors.push({ path: `entities[${i}].asOf`, message: `${entity.asOf} is not a real date` });
    entity.facts.forEach((fact, j) => {
      const path = `entities[${i}].facts[${j}]`;
      for (const key of ['from', 'to'] as const) {
        const value = fact[key];
        if (value && !isRealDate(value)) errors.push({ path: `${path}.${key}`, message: `${value} is not a real date` });
      }
      // Dates of differing precision compare by their common prefix ("2010" ≤ "2010-05-29").
      if (fact.from && fact.to && fact.from.slice(0, fact.to.length) > fact.to.slice(0, fact.from.length)) {
        errors.push({ path, message: `from (${fact.from}) is after to (${fact.to})` });
      }
    });
  });
}

function checkIds(entities: Entity[], knownIds: ReadonlySet<string> | undefined, errors: SchemaError[]): void {
  const first = new Map<string, number>();
  entities.forEach((entity, i) => {
    const earlier = first.get(entity.id);
    if (earlier !== undefined) errors.push({ path: `entities[${i}].id`, message: `"${entity.id}" is already used by entities[${earlier}]` });
    else first.set(entity.id, i);
  });
  entities.forEach((entity, i) => {
    entity.related?.forEach((id, j) => {
      if (!first.has(id) && !knownIds?.has(id)) {
        errors.push({ path: `entities[${i}].related[${j}]`, message: `"${id}" is not the id of any entity` });
      }
    });
  });
}

/** The alias text and whether it is weak, whichever way it was written. */
export function readAlias(alias: Alias): { text: string; weak: boolean } {
  return typeof alias === 'string' ? { text: alias, weak: false } : { text: alias.text, weak: alias.weak === true };
}

/** Every alias of an entity, its name first (always strong). */
export function aliasesOf(entity: Entity): { text: string; weak: boolean }[] {
  return [{ text: entity.name, weak: false }, ...entity.aliases.map(readAlias)];
}

/** The value of an entity's first fact with this label ("Country", "Capital"), if it has one. */
export function factOf(entity: Entity, label: string): string | undefined {
  return entity.facts.find((f) => f.label === label)?.value;
}

/** Two entities may share an alias only if both call it weak: otherwise a name would be ambiguous. */
function checkAliasClashes(entities: Entity[], errors: SchemaError[]): void {
  const owners = new Map<string, { index: number; weak: boolean }>();
  entities.forEach((entity, i) => {
    const own = new Map<string, boolean>();
    for (const { text, weak } of aliasesOf(entity)) {
      const key = foldString(text);
      own.set(key, (own.get(key) ?? true) && weak);
    }
    for (const [key, weak] of own) {
      const other = owners.get(key);
      if (other && !(other.weak && weak)) {
        errors.push({
          path: `entities[${i}].aliases`,
          message: `"${key}" is also an alias of entities[${other.index}] (${entities[other.index].id}); mark it weak in both or remove it`,
        });
      } else if (!other) owners.set(key, { index: i, weak });
    }
  });
}
