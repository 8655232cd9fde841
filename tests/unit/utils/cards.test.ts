import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { cardsFor, forgetPackCards } from '@/utils/cards';
import { importPack, setPackEnabled } from '@/utils/pack-import';
import { packsSetting } from '@/utils/packs';
import { goodPack } from './knowledge/bad-packs';

const mine = () => {
  const pack = goodPack();
  Object.assign(pack.entities[0], { id: 'viktor-orban', name: 'Viktor Orbán', description: 'My own note on him.', related: [] });
  return JSON.stringify(pack);
};

describe('cards served by the background', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    forgetPackCards();
  });

  it('serves bundled cards by id, and nothing for ids it does not know', async () => {
    const cards = await cardsFor(['nato', 'nobody']);
    expect(cards.map((c) => c.id)).toEqual(['nato']);
    expect(cards[0].sources[0].url).toMatch(/^https:\/\//);
  });

  it("lets an enabled pack's card win over the bundled one, until the pack is switched off", async () => {
    await importPack(mine(), 'mine.json');
    forgetPackCards();
    expect((await cardsFor(['viktor-orban', 'nato'])).map((c) => [c.id, c.description === 'My own note on him.'])).toEqual([
      ['viktor-orban', true],
      ['nato', false],
    ]);
    await setPackEnabled((await packsSetting.get())[0].key, false);
    forgetPackCards();
    expect((await cardsFor(['viktor-orban']))[0].description).not.toBe('My own note on him.');
  });

  it("reads the packs once until told they changed", async () => {
    await importPack(mine(), 'mine.json');
    forgetPackCards();
    await cardsFor(['viktor-orban']);
    await packsSetting.set([]);
    // Still the pack's card: the background forgets only when its watcher says so.
    expect((await cardsFor(['viktor-orban']))[0].description).toBe('My own note on him.');
    forgetPackCards();
    expect((await cardsFor(['viktor-orban']))[0].description).not.toBe('My own note on him.');
  });
});
