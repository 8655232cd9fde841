import { foldString } from '../../matching/chars.ts';

/** A lowercase-hyphen id from any name ("Kup'yans'k" → "kupyansk", "Łódź" → "lodz"). */
export function slugify(text: string): string {
  return foldString(text)
    .replace(/['’ʼ`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** A gazetteer city's id: its name's slug and its country code ("Nice", "FR" → "nice-fr"). */
export const cityEntityId = (name: string, country: string): string => `${slugify(name)}-${country.toLowerCase()}`;
