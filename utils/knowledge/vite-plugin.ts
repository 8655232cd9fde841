import { join } from 'node:path';
import type { Plugin } from 'vite';
import { compileKnowledge } from './compile.ts';
import { buildGeoIndex, readGeoSources } from './geo-index.ts';
import { KNOWLEDGE_DIR, readKnowledgeFiles } from './read-files.ts';
import { searchLines } from './search-lines.ts';
import { shareContextNames } from './shared-context-names.ts';
import type { CompiledKnowledge } from './types.ts';
import { loadAmbiguityLists } from './word-lists.ts';

const INDEX_ID = 'virtual:knowledge-index';
const CARDS_ID = 'virtual:knowledge-cards';
const ALIASES_ID = 'virtual:knowledge-aliases';
const REMOTE_ID = 'virtual:knowledge-remote';
const REMOTE_HEADERS_ID = 'virtual:knowledge-remote-headers';
const GEO_ID = 'virtual:knowledge-geo';
const SEARCH_ID = 'virtual:knowledge-search';
const IDS = [INDEX_ID, CARDS_ID, ALIASES_ID, REMOTE_ID, REMOTE_HEADERS_ID, GEO_ID, SEARCH_ID];
const resolved = (id: string) => `\0${id}`;

export { readKnowledgeFiles };

/**
 * Compiles every file under `assets/knowledge/` at build time into three modules, so no page validates or
 * reshapes raw files:
 * - `virtual:knowledge-index`, for pages: entity headers as three plain strings (see
 *   `ShippedHeaders`), the packed alias index's hashes (one `JSON.parse` of a compact string,
 *   faster than an array literal), and its buckets as string literals, parsed one by one
 *   when the page first needs them.
 * - `virtual:knowledge-cards`, for the background only: every card's text, one JSON card a
 *   line, kept out of the content script so pages do not pay to parse it.
 * - `virtual:knowledge-remote`, for the background and the options page: the gazetteer's
 *   headers and packed index, which pages ask the background for word by word; and
 *   `virtual:knowledge-remote-headers`, their headers alone (the options page checks a
 *   pack's ids against them).
 * - `virtual:knowledge-aliases`, for tests and the benchmark: every alias as text.
 * - `virtual:knowledge-search`, for the background only: every entity's names, for the
 *   popup's look-up (see `searchLines`).
 * - `virtual:knowledge-geo`, for the background only: the countries' outlines and where each
 *   place is, for its card's locator map (see `GeoIndex`).
 */
/** Where the built extension keeps the knowledge only the background reads (see `readKnowledgeAsset`). */
export const CARDS_FILE = 'knowledge/cards.jsonl';
export const REMOTE_FILE = 'knowledge/remote.json';
export const GEO_FILE = 'knowledge/geo.json';
export const SEARCH_FILE = 'knowledge/search.tsv';

/** A knowledge module whose text is inline (tests, the bench bundle). */
const inline = (text: string) => `export default { text: ${JSON.stringify(text)} };`;
/** A knowledge module that names a file of the extension: the background reads it on first need. */
function asset(context: { emitFile(file: { type: 'asset'; fileName: string; source: string }): string }, fileName: string, text: string): string {
  context.emitFile({ type: 'asset', fileName, source: text });
  return `export default { file: ${JSON.stringify(fileName)} };`;
}

/**
 * `asAssets`: ship the background's knowledge (every card, the remote index: 12 MB) as
 * files of the extension, read when first needed, instead of inside background.js: a
 * service worker that held them as JavaScript took ~4.5 s to start on this machine, and an
 * MV3 worker starts again after every idle half-minute.
 */
export function knowledgePlugin({ asAssets = false }: { asAssets?: boolean } = {}): Plugin {
  const dir = KNOWLEDGE_DIR;
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
      if (id === resolved(GEO_ID)) {
        const geo = JSON.stringify(buildGeoIndex(files, readGeoSources()));
        return asAssets ? asset(this, GEO_FILE, geo) : inline(geo);
      }
      if (id === resolved(SEARCH_ID)) {
        const lines = searchLines(files);
        return asAssets ? asset(this, SEARCH_FILE, lines) : inline(lines);
      }
      compiled ??= compileKnowledge(files, loadAmbiguityLists());
      const { aliases, packed, cardLines, headers, remote, ...head } = compiled;
      const literal = (value: unknown) => JSON.stringify(JSON.stringify(value));
      // One card a line: the background parses only the cards pages ask for (one JSON.parse of
      // every card took ~1 s of the worker on this machine, holding up every other answer).
      if (id === resolved(CARDS_ID)) return asAssets ? asset(this, CARDS_FILE, cardLines) : inline(cardLines);
      if (id === resolved(ALIASES_ID)) return `export default JSON.parse(${literal(aliases)});`;
      if (id === resolved(REMOTE_ID)) return asAssets ? asset(this, REMOTE_FILE, JSON.stringify(remote)) : inline(JSON.stringify(remote));
      if (id === resolved(REMOTE_HEADERS_ID)) return `export default ${JSON.stringify(remote.headers)};`;
      // The bucket texts are JSON themselves: as plain string literals they ship unescaped
      // (nested in the JSON string their quotes took four characters each).
      const { buckets, ...lookup } = packed;
      // Each name many contexts share, once (see `shareContextNames`).
      const { contexts, names: contextNames } = shareContextNames(head.contexts);
      const shipped = { ...head, contexts, contextNames };
      return `export default { ...${JSON.stringify(shipped)}, headers: ${JSON.stringify(headers)}, packed: { ...JSON.parse(${literal(lookup)}), buckets: ${JSON.stringify(buckets)} } };`;
    },
  };
}
