import type { MapKind } from './types';

export interface AltTextInput {
  kind: MapKind;
  /** The entity's name, as its card shows it. */
  name: string;
  /** The first-level region a place lies in, if known. */
  region?: string;
  country: string;
  /** Where in the country ("eastern"); null when the place lies away from its main part (Honolulu). */
  compass: string | null;
  /** A country's continent, for a country's own map. */
  continent?: string;
}

/**
 * The map's text alternative, saying in words what the picture shows:
 * "Map: Kramatorsk, in Donetsk Oblast, eastern Ukraine", "Map: Donetsk Oblast, eastern
 * Ukraine", "Map: Ukraine, in Europe".
 */
export function mapAltText({ kind, name, region, country, compass, continent }: AltTextInput): string {
  if (kind === 'country') return continent ? `Map: ${name}, in ${continent}` : `Map: ${name} and its neighbours`;
  const where = compass ? `${compass} ${country}` : country;
  // "Kyiv, in Kyiv City" and "Berlin, in State of Berlin" say nothing twice.
  const within = kind === 'point' && region && !region.toLowerCase().includes(name.toLowerCase()) ? `, in ${region}` : '';
  return `Map: ${name}${within}, ${where}`;
}
