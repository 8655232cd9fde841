import type { Entity, Fact } from '@/utils/knowledge/types';

/** A small entity for context tests: its id, type, names, labelled facts and ties. */
export const make = (id: string, type: Entity['type'], name: string, aliases: Entity['aliases'], facts: [string, string][] = [], related: string[] = []): Entity => ({
  id,
  type,
  name,
  aliases,
  description: `${name}.`,
  facts: facts.map(([label, value]): Fact => ({ label, value })),
  sources: [{ title: 't', url: 'https://example.org' }],
  asOf: '2025-10-01',
  related,
});
