import { packagedUrl } from '@/utils/packaged-url';

/**
 * A loader for one of the extension's own scripts that is not a manifest script (the page
 * part, the card's UI): the first call imports it into this content script's world, where it
 * leaves what it offers under `key`; later calls get the same. A failed load is tried again
 * next time, as a reader may rest on another name.
 */
export function packagedModule<T>(path: string, key: symbol): () => Promise<T> {
  type World = typeof globalThis & { [key]?: T };
  let loading: Promise<T> | null = null;

  const load = async (): Promise<T> => {
    const world = globalThis as World;
    if (!world[key]) await import(/* @vite-ignore */ packagedUrl(path));
    const offered = world[key];
    if (!offered) throw new Error(`news-context: ${path} loaded but left nothing`);
    return offered;
  };

  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}
