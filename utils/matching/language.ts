/**
 * Languages written in another script than Latin: a page in one of them names no one the way
 * the knowledge's aliases are written, so the extension does not scan it at all.
 */
const OTHER_SCRIPTS = new Set([
  'zh', 'ja', 'ko', 'ru', 'uk', 'be', 'bg', 'mk', 'el', 'ar', 'fa', 'ur', 'he', 'yi', 'hi', 'bn', 'pa', 'ta', 'te',
  'mr', 'gu', 'kn', 'ml', 'th', 'lo', 'km', 'my', 'ka', 'hy', 'am', 'kk', 'ky', 'tg', 'mn', 'si', 'ne', 'ps',
]);

/** Whether the page declares a language written in another script than Latin (`<html lang="zh">`). */
export function declaresOtherScript(lang: string | null | undefined): boolean {
  return OTHER_SCRIPTS.has((lang ?? '').trim().toLowerCase().split(/[-_]/)[0]);
}

/** Below this share of Latin letters in its text, a page is in another script whatever it declares. */
export const MIN_LATIN_SHARE = 0.3;

/** Share of Latin letters among the letters of `sample` (1 when it has none). */
export function latinShare(sample: string): number {
  let latin = 0;
  let other = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)) latin++;
    else if (code >= 0x370 && !(code >= 0x2000 && code <= 0x2bff) && !(code >= 0xfe00 && code <= 0xfe0f) && code !== 0xa0) other++;
  }
  return latin + other === 0 ? 1 : latin / (latin + other);
}

/**
 * Whether a page can hold names to mark: not when it declares a language written in another
 * script, nor when the text itself (a sample of it) is mostly in another script. A page in
 * French, German or Spanish is read: names of people and places are written alike there.
 */
export function mayHaveNames(lang: string | null | undefined, sample: string): boolean {
  return !declaresOtherScript(lang) && latinShare(sample) >= MIN_LATIN_SHARE;
}
