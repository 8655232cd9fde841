/** A box in map units: [[left, top], [right, bottom]], as d3-geo's `path.bounds` gives it. */
export type MapBounds = [[number, number], [number, number]];

/**
 * Where a point lies in a country's box, in the words news uses: "eastern", "north-western",
 * "central". The box is cut into thirds each way; the middle third of an axis says nothing
 * about that axis. Map units grow downwards, so a small y is north.
 */
export function compassWord([x, y]: [number, number], [[left, top], [right, bottom]]: MapBounds): string {
  const third = (value: number, low: number, high: number) => {
    if (!(high > low)) return 0;
    const at = (value - low) / (high - low);
    return at < 1 / 3 ? -1 : at > 2 / 3 ? 1 : 0;
  };
  const row = ['north', '', 'south'][third(y, top, bottom) + 1];
  const column = ['west', '', 'east'][third(x, left, right) + 1];
  if (row && column) return `${row}-${column}ern`;
  return row || column ? `${row || column}ern` : 'central';
}
