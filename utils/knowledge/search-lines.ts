import { shipsToPages } from './compile.ts';
import { entityLine } from './search.ts';
import type { KnowledgePack } from './types.ts';

/**
 * The look-up's data for the bundled knowledge, one entity a line (see `entityLine`).
 * Entities pages carry (the ones news names most) come first, so a tie in the look-up goes
 * to them.
 */
export function searchLines(files: { name: string; pack: KnowledgePack }[]): string {
  const first: string[] = [];
  const rest: string[] = [];
  for (const file of files) {
    for (const entity of file.pack.entities) {
      (shipsToPages(file.name, entity) ? first : rest).push(entityLine(entity));
    }
  }
  return [...first, ...rest].join('\n');
}
