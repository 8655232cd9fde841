import { packagedUrl } from '../packaged-url';

/** Knowledge only the background reads: a file packaged with the extension, or (tests) its text. */
export type KnowledgeAsset = { file: string } | { text: string };

/**
 * The asset's text. A packaged file is read from the extension's own origin (not the
 * network: the extension pages' CSP allows `connect-src 'self'` and nothing else).
 */
export async function readKnowledgeAsset(asset: KnowledgeAsset): Promise<string> {
  if ('text' in asset) return asset.text;
  const response = await fetch(packagedUrl(`/${asset.file}`));
  if (!response.ok) throw new Error(`Knowledge file ${asset.file} could not be read (${response.status})`);
  return response.text();
}
