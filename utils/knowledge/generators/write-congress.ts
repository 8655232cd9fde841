/**
 * Rebuilds `assets/knowledge/people/congress/*.json` from the vendored congress-legislators
 * extract (`npm run knowledge`). Deterministic; a unit test compares the committed files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { KNOWLEDGE_DIR, readKnowledgeFiles } from '../read-files.ts';
import { buildCongress, CONGRESS_DATASET, type Legislator } from './congress.ts';
import { formatPack } from './format.ts';
import { isGenerated } from './sources.ts';

export const CONGRESS_EXTRACT = resolve(import.meta.dirname, '../vendor/congress-legislators-current.json');

const legislators = JSON.parse(readFileSync(CONGRESS_EXTRACT, 'utf8')) as Legislator[];
const knowledge = readKnowledgeFiles();
const handIds = new Set(knowledge.filter((f) => !isGenerated(f.name)).flatMap((f) => f.pack.entities.map((e) => e.id)));
const placeIds = new Set(knowledge.flatMap((f) => f.pack.entities.filter((e) => e.type === 'place').map((e) => e.id)));
const files = buildCongress(legislators, handIds, placeIds);
const dir = join(KNOWLEDGE_DIR, 'people/congress');
mkdirSync(dir, { recursive: true });
for (const [name, entities] of files) writeFileSync(join(dir, `${name}.json`), formatPack(entities, CONGRESS_DATASET.date));
console.log(`congress: ${[...files.values()].reduce((n, l) => n + l.length, 0)} members`);
