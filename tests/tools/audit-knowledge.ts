/**
 * `npm run audit -- [N] [seed]`: prints N entities (default 40) drawn at random from the
 * bundled knowledge, with every fact and source, for a person to check against the sources.
 * The same seed draws the same sample, so a review can be repeated and its fixes checked.
 */
import { readKnowledgeFiles } from '../../utils/knowledge/read-files.ts';

const count = Number(process.argv[2] ?? 40);
let seed = Number(process.argv[3] ?? 20251015) >>> 0;
/** A small deterministic generator (mulberry32), so the sample depends on the seed only. */
const random = () => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const all = readKnowledgeFiles().flatMap((f) => f.pack.entities.map((entity) => ({ file: f.name, entity })));
const picked = new Set<number>();
while (picked.size < Math.min(count, all.length)) picked.add(Math.floor(random() * all.length));
for (const i of [...picked].sort((a, b) => a - b)) {
  const { file, entity } = all[i];
  console.log(`\n## ${entity.name} (${entity.type}, ${entity.id}) — ${file}, as of ${entity.asOf}`);
  console.log(entity.description);
  for (const fact of entity.facts) {
    const when = fact.from || fact.to ? ` [${fact.from ?? '…'} – ${fact.to ?? ''}]` : '';
    console.log(`- ${fact.label}: ${fact.value}${when}`);
  }
  for (const source of entity.sources) console.log(`  source: ${source.title} <${source.url}>`);
}
