import type { LocatorMapData } from '@/utils/geo/types';

export interface LocatorMapProps {
  map: LocatorMapData;
}

/**
 * A place's locator map: its country's outline, the borders around it, the place as a dot.
 * Drawn from data, attributes only (no markup text); named by its text alternative, which
 * says in words where the place is.
 */
export function LocatorMap({ map }: LocatorMapProps) {
  return (
    <svg class="map" viewBox={map.viewBox} role="img" aria-label={map.alt} data-testid="card-map">
      <title>{map.alt}</title>
      {map.paths.map((path, i) => (
        <path key={i} class={`map-${path.role}`} d={path.d} data-role={path.role} />
      ))}
      {map.dot && <circle class="map-dot" cx={map.dot[0]} cy={map.dot[1]} r={3} data-testid="card-map-dot" />}
    </svg>
  );
}
