import bundled from 'virtual:knowledge-index';
import remoteHeaders from 'virtual:knowledge-remote-headers';
import { EntityTable } from './entity-table';

/**
 * The bundled knowledge's entity headers in both tiers: the ones pages carry, then the
 * background's (the order of the cards' lines). Made on first use: pages never need the second.
 */
let tables: [EntityTable, EntityTable] | null = null;
export function bundledTables(): [EntityTable, EntityTable] {
  return (tables ??= [new EntityTable(bundled.headers), new EntityTable(remoteHeaders)]);
}

/** Every bundled entity id, in the cards' order. */
export function bundledIds(): string[] {
  return bundledTables().flatMap((table) => [...table.allIds()]);
}
