import { ENTITY_TYPES, type EntityHeader, type EntityType } from './types.ts';

/**
 * Entity headers as the build ships them: ids and names each joined by line breaks, and each
 * type as one digit (its place in `ENTITY_TYPES`). Three plain strings cost a page's start-up
 * a fraction of a list of 560 objects parsed from JSON (34 KB, ~0.8 ms here).
 */
export interface ShippedHeaders {
  ids: string;
  names: string;
  types: string;
}

const SEPARATOR = '\n';

/** Writes headers in their shipped form; throws on text the form cannot carry. */
export function shipHeaders(headers: readonly EntityHeader[]): ShippedHeaders {
  const broken = headers.find((h) => h.id.includes(SEPARATOR) || h.name.includes(SEPARATOR));
  if (broken) throw new Error(`Entity "${broken.id}": ids and names cannot hold a line break`);
  return {
    ids: headers.map((h) => h.id).join(SEPARATOR),
    names: headers.map((h) => h.name).join(SEPARATOR),
    types: headers.map((h) => ENTITY_TYPES.indexOf(h.type)).join(''),
  };
}

/**
 * Every entity's id, type and name by position: the bundled ones read from their shipped
 * strings (types straight from the string, ids and names split on first need: a page's
 * first marks need types only), then the reader's pack entities, which replace bundled
 * headers of the same id or follow them.
 */
export class EntityTable {
  private ids: string[] | null = null;
  private names: string[] | null = null;
  private byId: Map<string, number> | null = null;
  /** Headers from packs, by position: replacing bundled ones or after them. */
  private readonly fromPacks = new Map<number, EntityHeader>();
  private count: number;

  constructor(private readonly shipped: ShippedHeaders) {
    this.count = shipped.types.length;
  }

  get size(): number {
    return this.count;
  }

  type(position: number): EntityType {
    if (this.fromPacks.size > 0 && this.fromPacks.has(position)) return this.fromPacks.get(position)!.type;
    return ENTITY_TYPES[this.shipped.types.charCodeAt(position) - 48];
  }

  id(position: number): string {
    return this.fromPacks.get(position)?.id ?? (this.ids ??= this.shipped.ids.split(SEPARATOR))[position];
  }

  name(position: number): string {
    return this.fromPacks.get(position)?.name ?? (this.names ??= this.shipped.names.split(SEPARATOR))[position];
  }

  /** Every id, bundled first, in position order. */
  allIds(): string[] {
    return Array.from({ length: this.count }, (_, p) => this.id(p));
  }

  positionOf(id: string): number | undefined {
    if (!this.byId) {
      this.byId = new Map();
      for (let p = 0; p < this.count; p++) this.byId.set(this.id(p), p);
    }
    return this.byId.get(id);
  }

  /** Adds a pack entity's header, or replaces the one with its id; returns its position. */
  put(header: EntityHeader): number {
    let position = this.positionOf(header.id);
    if (position === undefined) {
      position = this.count++;
      this.byId!.set(header.id, position);
    }
    this.fromPacks.set(position, { id: header.id, type: header.type, name: header.name });
    return position;
  }
}
