import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileKnowledge } from './compile.ts';
import type { CompiledKnowledge, KnowledgePack } from './types.ts';

const INDEX_ID = 'virtual:knowledge-index';
const CARDS_ID = 'virtual:knowledge-cards';
const ALIASES_ID = 'virtual:knowledge-aliases';
const IDS = [INDEX_ID, CARDS_ID, ALIASES_ID];
const resolved = (id: string) => `\0${id}`;

/** Every knowledge file (all JSON in the folder except the schema), in name order. */
export function readKnowledgeFiles(dir = resolve(import.meta.dirname, '../../assets/knowledge')) {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .sort()
    .map((name) => ({ name, pack: JSON.parse(readFileSync(join(dir, name), 'utf8')) as KnowledgePack }));
}

/**
 * Compiles `assets/knowledge/*.json` at build time into three modules, so no page validates or
 * reshapes raw files:
 * - `virtual:knowledge-index`, for pages: entity headers as three plain strings (see
 *   `ShippedHeaders`), the packed alias index's hashes (one `JSON.parse` of a compact string,
 *   faster than an array literal), and its buckets as string literals, parsed one by one
 *   when the page first needs them.
 * - `virtual:knowledge-cards`, for the background only: every card's text, kept out of the
 *   content script so pages do not pay to parse it (it was over half the script).
 * - `virtual:knowledge-aliases`, for tests and the benchmark: every alias as text.
 */
export function knowledgePlugin(): Plugin {
  const dir = resolve(import.meta.dirname, '../../assets/knowledge');
  // One compile serves all three modules of a build; a new build (or a watched file's change) compiles again.
  let compiled: CompiledKnowledge | null = null;
  return {
    name: 'news-context-knowledge',
    buildStart: () => void (compiled = null),
    watchChange: () => void (compiled = null),
    resolveId: (id) => (IDS.includes(id) ? resolved(id) : undefined),
    load(id) {
      if (!IDS.some((known) => id === resolved(known))) return undefined;
      const files = readKnowledgeFiles(dir);
      for (const file of files) this.addWatchFile(join(dir, file.name));
      compiled ??= compileKnowledge(files);
      const { aliases, packed, cardsJson, headers, ...head } = compiled;
      const literal = (value: unknown) => JSON.stringify(JSON.stringify(value));
      if (id === resolved(CARDS_ID)) return `export default ${JSON.stringify(cardsJson)};`;
      if (id === resolved(ALIASES_ID)) return `export default JSON.parse(${literal(aliases)});`;
      // The bucket texts are JSON themselves: as plain string literals they ship unescaped
      // (nested in the JSON string their quotes took four characters each).
      const { buckets, ...lookup } = packed;
      return `export default { ...${JSON.stringify(head)}, headers: ${JSON.stringify(headers)}, packed: { ...JSON.parse(${literal(lookup)}), buckets: ${JSON.stringify(buckets)} } };`;
    },
  };
}
