/**
 * Rebuilds `assets/knowledge/people/commons/*.json` from the vendored extract of the House of
 * Commons Library's results (`npm run knowledge`). Deterministic; a unit test compares the committed files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KNOWLEDGE_DIR, readKnowledgeFiles } from '../read-files.ts';
import { COMMONS_DATASET, commonsFromKnowledge, type CommonsMember } from './commons.ts';
import { formatPack } from './format.ts';

export const COMMONS_EXTRACT = resolve(import.meta.dirname, '../vendor/commons-2024-mps.json');

const members = JSON.parse(readFileSync(COMMONS_EXTRACT, 'utf8')) as CommonsMember[];
const files = commonsFromKnowledge(members, readKnowledgeFiles());
const dir = join(KNOWLEDGE_DIR, 'people/commons');
mkdirSync(dir, { recursive: true });
for (const [name, entities] of files) writeFileSync(join(dir, `${name}.json`), formatPack(entities, COMMONS_DATASET.date));
console.log(`commons: ${[...files.values()].reduce((n, l) => n + l.length, 0)} members`);
