import { foldString } from '../../matching/chars.ts';

/** A lowercase-hyphen id from any name ("Kup'yans'k" → "kupyansk", "Łódź" → "lodz"). */
export function slugify(text: string): string {
  return foldString(text)
    .replace(/['’ʼ`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
