import { describe, expect, it } from 'vitest';
import { EntityTable, shipHeaders } from '@/utils/knowledge/entity-table';
import type { EntityHeader } from '@/utils/knowledge/types';

const HEADERS: EntityHeader[] = [
  { id: 'viktor-orban', type: 'person', name: 'Viktor Orbán' },
  { id: 'european-union', type: 'organization', name: 'European Union' },
  { id: 'kyiv', type: 'place', name: 'Kyiv' },
  { id: 'brexit', type: 'event', name: 'Brexit' },
];

const read = (table: EntityTable) => Array.from({ length: table.size }, (_, p) => ({ id: table.id(p), type: table.type(p), name: table.name(p) }));

describe('entity headers as shipped', () => {
  it('read back exactly as written, every type included', () => {
    const shipped = shipHeaders(HEADERS);
    expect(shipped.types).toBe('0123');
    expect(read(new EntityTable(shipped))).toEqual(HEADERS);
    expect(new EntityTable(shipped).allIds()).toEqual(HEADERS.map((h) => h.id));
  });

  it('survive a JSON round trip as three strings (as the build writes them)', () => {
    const shipped = JSON.parse(JSON.stringify(shipHeaders(HEADERS)));
    expect(Object.values(shipped).every((v) => typeof v === 'string')).toBe(true);
    expect(read(new EntityTable(shipped))).toEqual(HEADERS);
  });

  it('refuse a line break in an id or a name, which would shift every later entity', () => {
    expect(() => shipHeaders([{ id: 'a', type: 'place', name: 'Two\nlines' }])).toThrow(/"a".*line break/);
    expect(() => shipHeaders([{ id: 'a\nb', type: 'place', name: 'A' }])).toThrow(/line break/);
  });

  it('make an empty table from no entities', () => {
    const table = new EntityTable(shipHeaders([]));
    expect(table.size).toBe(0);
    expect(table.positionOf('kyiv')).toBeUndefined();
  });
});

describe('an entity table with pack entities', () => {
  it('finds positions by id', () => {
    const table = new EntityTable(shipHeaders(HEADERS));
    expect(HEADERS.map((h) => table.positionOf(h.id))).toEqual([0, 1, 2, 3]);
    expect(table.positionOf('nobody')).toBeUndefined();
  });

  it('replaces a bundled header by id and adds new ones after the bundled', () => {
    const table = new EntityTable(shipHeaders(HEADERS));
    expect(table.put({ id: 'kyiv', type: 'place', name: 'Kyiv (my notes)' })).toBe(2);
    expect(table.put({ id: 'jane-example', type: 'person', name: 'Jane Example' })).toBe(4);
    expect(table.put({ id: 'jane-example', type: 'organization', name: 'Jane Example Ltd' })).toBe(4);
    expect(table.size).toBe(5);
    expect(read(table)).toEqual([
      ...HEADERS.slice(0, 2),
      { id: 'kyiv', type: 'place', name: 'Kyiv (my notes)' },
      HEADERS[3],
      { id: 'jane-example', type: 'organization', name: 'Jane Example Ltd' },
    ]);
    expect(table.positionOf('jane-example')).toBe(4);
  });
});
