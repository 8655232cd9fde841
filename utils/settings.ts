import { storage, type WxtStorageItem } from 'wxt/utils/storage';
import { ENTITY_TYPES, type EntityType } from './knowledge/types';
import { SETTING_KEYS } from './page-start-keys';
import { ENABLED_FALLBACK, isOriginList, ORIGIN } from './site-switch';

export type Categories = Record<EntityType, boolean>;
export type MarkStyle = 'underline' | 'tint' | 'hover';
export type Density = 'every' | 'first';
export type Theme = 'auto' | 'light' | 'dark';

/** A typed setting whose reads never return a corrupted value: anything invalid reads as the fallback. */
export interface Setting<T> {
  key: `local:${string}`;
  fallback: T;
  isValid: (value: unknown) => value is T;
  get(): Promise<T>;
  set(value: T): Promise<void>;
  watch(callback: (value: T) => void): () => void;
  /** Runs pending migrations now (they also run on their own at the first read or write). */
  migrate(): Promise<void>;
}

/**
 * A setting over one WXT storage item, defined the first time it is read or written: WXT
 * reads an item's value the moment the item is defined, and a page, which reads its settings
 * in one early read (`page-start.ts`) and then only watches them, would pay eight reads more.
 */
function defineSetting<T>(key: `local:${string}`, fallback: T, isValid: (value: unknown) => value is T, version = 1, migrations?: Record<number, (old: unknown) => unknown>): Setting<T> {
  let defined: WxtStorageItem<T, Record<string, unknown>> | null = null;
  const item = () => (defined ??= storage.defineItem<T>(key, { fallback, version, migrations }));
  const read = (value: unknown): T => (isValid(value) ? value : fallback);
  return {
    key,
    fallback,
    isValid,
    get: async () => {
      try {
        return read(await item().getValue());
      } catch {
        return fallback;
      }
    },
    set: async (value) => {
      if (!isValid(value)) throw new TypeError(`Invalid value for ${key}: ${JSON.stringify(value)}`);
      await item().setValue(value);
    },
    // A removed value arrives as null, which reads as the fallback.
    watch: (callback) => storage.watch<unknown>(key, (value) => callback(read(value))),
    migrate: () => item().migrate(),
  };
}

const isBoolean = (v: unknown): v is boolean => typeof v === 'boolean';
const oneOf =
  <T extends string>(...options: T[]) =>
  (v: unknown): v is T =>
    typeof v === 'string' && (options as string[]).includes(v);

export const isCategories = (v: unknown): v is Categories =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && ENTITY_TYPES.every((t) => typeof (v as Record<string, unknown>)[t] === 'boolean');

export const HOVER_DELAY_MAX_MS = 1000;
const isDelay = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= HOVER_DELAY_MAX_MS;

/** Everything on or off, everywhere. */
export const enabledSetting = defineSetting(SETTING_KEYS.enabled, ENABLED_FALLBACK, isBoolean);
/** Origins where the reader switched the extension off. */
export const disabledSitesSetting = defineSetting<string[]>(SETTING_KEYS.disabledSites, [], isOriginList);
/**
 * Which kinds of entity are marked. Version 1 stored the list of enabled types;
 * version 2 stores a switch per type, so new types can default on; version 3 added weapons.
 */
export const categoriesSetting = defineSetting<Categories>(
  SETTING_KEYS.categories,
  { person: true, organization: true, place: true, event: true, weapon: true },
  isCategories,
  3,
  { 2: migrateCategoriesV1, 3: addNewTypesOn },
);
export const markStyleSetting = defineSetting<MarkStyle>(SETTING_KEYS.markStyle, 'underline', oneOf('underline', 'tint', 'hover'));
export const densitySetting = defineSetting<Density>(SETTING_KEYS.density, 'every', oneOf('every', 'first'));
export const hoverDelaySetting = defineSetting<number>(SETTING_KEYS.hoverDelayMs, 250, isDelay);
export const themeSetting = defineSetting<Theme>(SETTING_KEYS.theme, 'auto', oneOf('auto', 'light', 'dark'));

/** v1 → v2: `['person', 'place']` becomes a switch per type; anything unreadable means all on. */
export function migrateCategoriesV1(old: unknown): Categories {
  const list = Array.isArray(old) ? old : ENTITY_TYPES;
  // A kind that version 1 did not have yet was never switched off.
  return Object.fromEntries(ENTITY_TYPES.map((t) => [t, !V1_TYPES.includes(t) || list.includes(t)])) as Categories;
}

/** The kinds of version 1's list. */
const V1_TYPES: readonly string[] = ['person', 'organization', 'place', 'event'];

/**
 * v2 → v3: the reader's switches kept, and the kinds they never saw (weapons) on, as every kind
 * is for a new reader; anything unreadable means all on.
 */
export function addNewTypesOn(old: unknown): Categories {
  const stored = typeof old === 'object' && old !== null && !Array.isArray(old) ? (old as Record<string, unknown>) : {};
  return Object.fromEntries(ENTITY_TYPES.map((t) => [t, typeof stored[t] === 'boolean' ? stored[t] : true])) as Categories;
}

/** The settings the content script needs at once, read together. */
export interface PageSettings {
  enabled: boolean;
  disabledSites: string[];
  categories: Categories;
  markStyle: MarkStyle;
  density: Density;
  hoverDelayMs: number;
  theme: Theme;
}

export const PAGE_SETTINGS = {
  enabled: enabledSetting,
  disabledSites: disabledSitesSetting,
  categories: categoriesSetting,
  markStyle: markStyleSetting,
  density: densitySetting,
  hoverDelayMs: hoverDelaySetting,
  theme: themeSetting,
} satisfies { [K in keyof PageSettings]: Setting<PageSettings[K]> };

export async function readPageSettings(): Promise<PageSettings> {
  const entries = await Promise.all(Object.entries(PAGE_SETTINGS).map(async ([k, s]) => [k, await s.get()]));
  return Object.fromEntries(entries) as PageSettings;
}

/**
 * The page settings as the popup and the options page show them: `onChange` gets the whole
 * set once it is read, and again after each change to one of them. Returns the stop.
 */
export function followPageSettings(onChange: (settings: PageSettings) => void): () => void {
  let current: PageSettings | null = null;
  let stopped = false;
  void readPageSettings().then((read) => stopped || onChange((current = read)));
  const unwatch = Object.entries(PAGE_SETTINGS).map(([key, setting]) =>
    (setting as { watch(cb: (v: unknown) => void): () => void }).watch((value) => {
      if (current) onChange((current = { ...current, [key]: value }));
    }),
  );
  return () => {
    stopped = true;
    unwatch.forEach((u) => u());
  };
}

/** Stores one page setting (pages and extension pages follow it through storage). */
export const setPageSetting = <K extends keyof PageSettings>(key: K, value: PageSettings[K]): void => void PAGE_SETTINGS[key].set(value as never);

/** The reader's corrections, per site: entities hidden entirely, and entities whose surname-only mentions are wrong. */
export interface Corrections {
  hidden: Record<string, string[]>;
  notThis: Record<string, string[]>;
}

const isIdMap = (v: unknown): v is Record<string, string[]> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) &&
  Object.entries(v).every(([origin, ids]) => ORIGIN.test(origin) && Array.isArray(ids) && ids.every((id) => typeof id === 'string'));

export const isCorrections = (v: unknown): v is Corrections =>
  typeof v === 'object' && v !== null && isIdMap((v as Corrections).hidden) && isIdMap((v as Corrections).notThis);

export const correctionsSetting = defineSetting<Corrections>(SETTING_KEYS.corrections, { hidden: {}, notThis: {} }, isCorrections);

/** Adds or removes one correction; returns the new value. */
export function toggleCorrection(value: Corrections, kind: keyof Corrections, origin: string, id: string, on: boolean): Corrections {
  const list = new Set(value[kind][origin] ?? []);
  if (on) list.add(id);
  else list.delete(id);
  const sites = { ...value[kind], [origin]: [...list] };
  if (list.size === 0) delete sites[origin];
  return { ...value, [kind]: sites };
}
