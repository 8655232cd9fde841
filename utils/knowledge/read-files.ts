import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { KnowledgePack } from './types.ts';

/**
 * The knowledge folder; `NEWS_CONTEXT_KNOWLEDGE` names another one (the bench builds the
 * extension with a synthetic knowledge of the size that way).
 */
export const KNOWLEDGE_DIR = process.env.NEWS_CONTEXT_KNOWLEDGE ?? resolve(import.meta.dirname, '../../assets/knowledge');

/**
 * Every knowledge file under the folder (JSON, any depth, except the schema), named by its
 * path from the folder ("people/ukraine.json"), in path order so builds are deterministic.
 */
export function readKnowledgeFiles(dir = KNOWLEDGE_DIR): { name: string; pack: KnowledgePack }[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((name) => name.split('\\').join('/'))
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .sort()
    .map((name) => ({ name, pack: JSON.parse(readFileSync(join(dir, name), 'utf8')) as KnowledgePack }));
}
