import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { cardsFor, forgetPackCards } from '@/utils/cards';
import { locatorMapFor } from '@/utils/geo/background-maps';
import { forgetPackNames, lookUp } from '@/utils/knowledge/lookup';
import { remoteBucketsFor } from '@/utils/knowledge/remote-buckets';
import { decodePageWords } from '@/utils/matching/page-words';
import { forwardCommand } from '@/utils/commands';
import { syncPagePacks } from '@/utils/pack-sync';
import { packsSetting } from '@/utils/packs';
import { isOwnSender, parseBackgroundMessage } from '@/utils/messages';
import { restoreSites } from '@/utils/site-access';

/**
 * Only what must live in the background: forwarding keyboard commands to the active tab,
 * making sure sites the reader added keep their content script after a restart, serving
 * card text to pages, bundled and from packs (kept out of the content script so every page
 * starts faster), the gazetteer's buckets for the words a page met, places' locator maps, the
 * popup's look-up, and keeping what pages read of the packs in step with the packs.
 */
export default defineBackground(() => {
  // One sync at a time, each reading storage afresh: a slow one (packing a big pack) never
  // writes over a later one's result.
  let syncing: Promise<unknown> = Promise.resolve();
  const sync = () => void (syncing = syncing.then(syncPagePacks).catch(() => false));
  // At browser start, and after an install or update: sites the reader added get their
  // content script back, and packs from a version without page parts, or with an older index
  // format, get them.
  const onStart = () => {
    void restoreSites();
    sync();
  };
  browser.commands.onCommand.addListener((command) => void forwardCommand(command));
  browser.runtime.onStartup.addListener(onStart);
  browser.runtime.onInstalled.addListener(onStart);
  packsSetting.watch(() => {
    forgetPackCards();
    forgetPackNames();
    sync();
  });
  browser.runtime.onMessage.addListener((raw: unknown, sender: { id?: string }) => {
    const message = isOwnSender(sender, browser.runtime.id) ? parseBackgroundMessage(raw) : null;
    if (message?.type === 'buckets') return remoteBucketsFor(message.hashes, message.words === undefined ? null : decodePageWords(message.words));
    if (message?.type === 'search') return lookUp(message.query).then((hits) => ({ hits }));
    if (message?.type === 'map') return locatorMapFor(message.id).then((map) => ({ map }));
    return message ? cardsFor(message.ids).then((cards) => ({ cards })) : undefined;
  });
});
