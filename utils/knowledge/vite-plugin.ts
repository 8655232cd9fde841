import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileKnowledge } from './compile.ts';
import type { KnowledgePack } from './types.ts';

const VIRTUAL_ID = 'virtual:knowledge-index';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** Every knowledge file (all JSON in the folder except the schema), in name order. */
export function readKnowledgeFiles(dir = resolve(import.meta.dirname, '../../assets/knowledge')) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .sort()
    .map((name) => ({ name, pack: JSON.parse(readFileSync(join(dir, name), 'utf8')) as KnowledgePack }));
}

/**
 * Compiles `assets/knowledge/*.json` at build time into `virtual:knowledge-index`, so a page
 * pays for one `JSON.parse` of a compact string (faster than an object literal of this size)
 * and never validates or reshapes raw files.
 */
export function knowledgePlugin(): Plugin {
  return {
    name: 'news-context-knowledge',
    resolveId: (id) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      const files = readKnowledgeFiles();
      for (const file of files) this.addWatchFile(join(resolve(import.meta.dirname, '../../assets/knowledge'), file.name));
      const { aliases, prepared, cardsJson, ...head } = compileKnowledge(files);
      // Headers and prepared aliases are parsed at start-up; card text and the alias texts stay
      // strings until something asks for them.
      const literal = (value: unknown) => JSON.stringify(JSON.stringify(value));
      return [
        `const head = JSON.parse(${literal(head)});`,
        `const prepared = JSON.parse(${literal(prepared)});`,
        `const aliasesJson = ${literal(aliases)};`,
        `export default { ...head, prepared, cardsJson: ${JSON.stringify(cardsJson)}, get aliases() { return JSON.parse(aliasesJson); } };`,
      ].join('\n');
    },
  };
}
