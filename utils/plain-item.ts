import { storage } from 'wxt/utils/storage';

/**
 * A stored value, read and watched through `read` (which turns whatever is stored, or
 * nothing, into a valid value), without WXT's `defineItem`: an item reads its whole value the
 * moment it is defined, and these values (a reader's packs, and what pages read of them) run
 * to megabytes that each context should read only when it needs them.
 */
export function definePlainItem<T>(key: `local:${string}`, read: (value: unknown) => T) {
  return {
    key,
    async get(): Promise<T> {
      try {
        return read(await storage.getItem<unknown>(key));
      } catch {
        return read(null);
      }
    },
    set: (value: T) => storage.setItem(key, value),
    watch: (callback: (value: T) => void) => storage.watch<unknown>(key, (value) => callback(read(value))),
  };
}
