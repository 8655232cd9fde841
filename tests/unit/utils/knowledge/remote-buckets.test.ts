import { describe, expect, it } from 'vitest';
import remoteAsset from 'virtual:knowledge-remote';
import { readKnowledgeAsset } from '@/utils/knowledge/knowledge-asset';
import { remoteBucketsFor } from '@/utils/knowledge/remote-buckets';
import { readRemoteReply } from '@/utils/knowledge/remote';
import { createWord, nextWord } from '@/utils/matching/tokenize';

const hashOf = (text: string) => {
  const word = createWord();
  nextWord(text, 0, word);
  return word.hash;
};

describe('the background’s remote buckets', () => {
  it('answers the words that start a gazetteer name with their buckets and the entities they name', async () => {
    const reply = await remoteBucketsFor([hashOf('Lebedyn'), hashOf('Zzyzzqx')]);
    expect(readRemoteReply(reply)).not.toBeNull();
    expect(reply.buckets).toHaveLength(1);
    expect(reply.entities.map((e) => e[1])).toContain('lebedyn-ua');
    expect(JSON.parse(await readKnowledgeAsset(remoteAsset)).packed.count).toBeGreaterThan(10_000);
  });
});
