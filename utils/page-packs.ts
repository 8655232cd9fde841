import { definePlainItem } from './plain-item';
import { readPagePack, type PagePack } from './knowledge/page-pack';
import { PAGE_PACKS_KEY } from './page-start-keys';

export const readPagePacks = (value: unknown): PagePack[] =>
  Array.isArray(value) ? value.map(readPagePack).filter((p): p is PagePack => p !== null) : [];

/**
 * What pages read of the installed packs (see `PagePack`), written with the pack at import
 * and kept in step by the background (`syncPagePacks`); a corrupted value or entry reads as none. Not a `defineItem` (see
 * `definePlainItem`): that doubled what a page read for a big pack, and `local:packs`,
 * defined the same way beside it, cost each page ~250 ms at 20,000 aliases until pages
 * stopped importing it.
 */
export const pagePacksSetting = definePlainItem<PagePack[]>(PAGE_PACKS_KEY, readPagePacks);
