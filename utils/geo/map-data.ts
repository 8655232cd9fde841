import type { LocatorMapData, MapPath } from './types';

const VIEW_BOX = /^0 0 \d{1,4} \d{1,4}$/;
/** Path data as `CompactPath` writes it: relative moves and lines, numbers, closes. */
const PATH_DATA = /^[mlz0-9.,-]*$/;
const MAX_PATHS = 400;

const isPath = (p: unknown): p is MapPath => {
  const path = p as Partial<MapPath> | null;
  return typeof path?.d === 'string' && PATH_DATA.test(path.d) && (path.role === 'focus' || path.role === 'neighbour');
};

/**
 * The content script's check on a map from the background: anything but a well-formed map
 * counts as none, like every other answer it reads.
 */
export function readLocatorMap(value: unknown): LocatorMapData | null {
  const map = value as Partial<LocatorMapData> | null | undefined;
  if (typeof map?.viewBox !== 'string' || !VIEW_BOX.test(map.viewBox) || typeof map.alt !== 'string' || map.alt.length > 300) return null;
  if (!Array.isArray(map.paths) || map.paths.length > MAX_PATHS || !map.paths.every(isPath)) return null;
  const dot = map.dot ?? null;
  if (dot !== null && !(Array.isArray(dot) && dot.length === 2 && dot.every(Number.isFinite))) return null;
  return { viewBox: map.viewBox, paths: map.paths.map(({ d, role }) => ({ d, role })), dot: dot && [dot[0], dot[1]], alt: map.alt };
}
