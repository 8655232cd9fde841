import { browser } from 'wxt/browser';
import { addRemoteReply, MAX_REMOTE_WORDS, readRemoteReply, type RemoteReply } from '@/utils/knowledge/remote';
import type { MergedKnowledge } from '@/utils/knowledge/merge';
import type { BackgroundMessage } from '@/utils/messages';
import { createPageWords, encodePageWords } from '@/utils/matching/page-words';

/**
 * Asks the background for the gazetteer's buckets of these words, cut to the names whose
 * other words are among `pageWords`; a failed or malformed answer is none.
 */
export async function requestBuckets(hashes: number[], pageWords: Uint8Array | null): Promise<RemoteReply | null> {
  const message: BackgroundMessage = pageWords ? { type: 'buckets', hashes, words: encodePageWords(pageWords) } : { type: 'buckets', hashes };
  try {
    return readRemoteReply(await browser.runtime.sendMessage(message));
  } catch {
    return null;
  }
}

/**
 * In the page's order: a short name ("the Foreign Ministry") is resolved by the full names
 * read before it ("Ukraine's Foreign Ministry"), which must be read first.
 */
const inDocumentOrder = (a: Text, b: Text) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1);

/**
 * Capitalised words a scan met that may start a gazetteer name, and where: the scan notes
 * them (a bit test per word), and once it ends the page asks the background for all of them
 * in one message, then reads again only the text nodes that held a word with a real bucket.
 * The background answers only the names whose other words the page holds (`pageWords`), so
 * a word is asked again once later text brought words the page did not hold when it was asked
 * ("New" for "New Delhi", after a first answer that held only "New York").
 */
export class RemoteWords {
  /** Every word the scans read (the scanner writes it). */
  readonly pageWords = createPageWords();
  /** Words noted since the last request, with the text nodes that hold them. */
  private readonly waiting = new Map<number, Text[]>();
  /** Words asked for already (answered or under way), with the page's word count then. */
  private readonly asked = new Map<number, number>();

  /**
   * The waiting words' nodes in the order the scans noted them: the page's order but for what
   * was on screen first or changed live, which a sort then finishes cheaply (see `fetchInto`).
   */
  private noted: Text[] = [];

  note(hash: number, node: Text): void {
    const nodes = this.waiting.get(hash);
    if (!nodes) this.waiting.set(hash, [node]);
    else if (nodes[nodes.length - 1] !== node) nodes.push(node);
    if (this.noted[this.noted.length - 1] !== node) this.noted.push(node);
  }

  /** Forgets everything (new knowledge: the words are worth asking again). */
  reset(): void {
    this.waiting.clear();
    this.asked.clear();
    this.noted = [];
  }

  /** Takes the noted nodes, keeping those of words still waiting (past `MAX_REMOTE_WORDS`). */
  private takeNoted(): Text[] {
    const taken = this.noted;
    const still = new Set([...this.waiting.values()].flat());
    this.noted = still.size === 0 ? [] : taken.filter((node) => still.has(node));
    return taken;
  }

  /** Asked already, and the page has met no new word since: the answer would be the same. */
  private answered(hash: number): boolean {
    return this.asked.get(hash) === this.pageWords.added;
  }

  /**
   * Asks for the waiting words and adds the answer to `knowledge`; resolves with the text
   * nodes worth reading again, the positions of the entities that came (none when nothing did)
   * and the context names of those that have some.
   */
  async fetchInto(knowledge: MergedKnowledge, request = requestBuckets): Promise<{ nodes: Text[]; entities: Set<number>; contexts: RemoteReply['contexts']; towns: NonNullable<RemoteReply['towns']> }> {
    const none = { nodes: [], entities: new Set<number>(), contexts: [], towns: [] };
    for (const hash of [...this.waiting.keys()]) if (this.answered(hash)) this.waiting.delete(hash);
    if (this.waiting.size === 0) {
      this.noted = [];
      return none;
    }
    const words = [...this.waiting].slice(0, MAX_REMOTE_WORDS);
    for (const [hash] of words) {
      this.waiting.delete(hash);
      this.asked.set(hash, this.pageWords.added);
    }
    const noted = this.takeNoted();
    // No words noted (a scanner that keeps none): the whole buckets, as cutting them to nothing would lose every name.
    const reply = await request(words.map(([hash]) => hash), this.pageWords.added > 0 ? this.pageWords.bits : null);
    if (!reply || reply.buckets.length === 0) return none;
    const { hashes, entities } = addRemoteReply(knowledge, reply);
    const wanted = new Set(words.filter(([hash]) => hashes.has(hash)).flatMap(([, nodes]) => nodes));
    // In the scans' order, V8's sort (a merge of sorted runs) needs about one comparison a
    // node; in the words' order it needed a full sort, 64 ms on the 50k-word live page.
    const nodes = noted.filter((node) => wanted.delete(node) && node.isConnected);
    return { nodes: nodes.sort(inDocumentOrder), entities, contexts: reply.contexts, towns: reply.towns ?? [] };
  }
}
