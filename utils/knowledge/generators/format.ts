import type { Entity } from '../types.ts';

/** A knowledge file's text as generators write it: one entity per line, so diffs stay readable. */
export function formatPack(entities: readonly Entity[], asOf: string): string {
  const lines = entities.map((entity) => `    ${JSON.stringify(entity)}`);
  return `{\n  "version": "1.0.0",\n  "asOf": "${asOf}",\n  "entities": [\n${lines.join(',\n')}\n  ]\n}\n`;
}
