/**
 * Writes the bundled knowledge plus made-up people into a folder, up to a total number of
 * aliases (names included), for the bench's shipped build at the knowledge issue's scale:
 * `jiti tests/bench/write-synthetic-knowledge.ts <folder> <aliases>`.
 */
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { KNOWLEDGE_DIR, readKnowledgeFiles } from '../../utils/knowledge/read-files';
import { syntheticPack } from './synthetic';

const [into, wanted] = process.argv.slice(2);
const total = Number(wanted);
if (!into || !Number.isInteger(total)) throw new Error('usage: write-synthetic-knowledge.ts <folder> <aliases>');
const today = readKnowledgeFiles().reduce((n, f) => n + f.pack.entities.reduce((m, e) => m + 1 + e.aliases.length, 0), 0);
cpSync(KNOWLEDGE_DIR, into, { recursive: true });
// Four aliases a made-up person: a name and three aliases, one of them weak.
const pack = syntheticPack(Math.max(0, total - today));
writeFileSync(join(into, 'people', 'synthetic.json'), JSON.stringify(pack));
console.log(`${today} aliases in the knowledge, ${pack.entities.length * 4} made up: ${today + pack.entities.length * 4} in all`);
