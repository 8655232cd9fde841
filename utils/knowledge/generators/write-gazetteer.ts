/**
 * Rebuilds `assets/knowledge/places/gazetteer/*.json` from the GeoNames extract
 * (`npm run knowledge`). The output is deterministic; a unit test fails when the committed
 * files differ from what this writes.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KNOWLEDGE_DIR, readKnowledgeFiles } from '../read-files.ts';
import { buildGazetteer } from './gazetteer.ts';
import { formatPack } from './format.ts';
import { GEONAMES_EXTRACT_DATE, readGazetteerInput } from './sources.ts';

const dir = join(KNOWLEDGE_DIR, 'places/gazetteer');
const { files, leftOut } = buildGazetteer(readGazetteerInput(readKnowledgeFiles()));
mkdirSync(dir, { recursive: true });
for (const old of readdirSync(dir)) rmSync(join(dir, old));
let count = 0;
for (const [name, entities] of [...files].sort()) {
  writeFileSync(join(dir, `${name}.json`), formatPack(entities, GEONAMES_EXTRACT_DATE));
  count += entities.length;
}
console.log(`gazetteer: ${count} places in ${files.size} files; ${leftOut.length} names left out`);
