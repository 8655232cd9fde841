/** How far back a defining name is read: longer than any agency's name, short enough to stay cheap. */
const MAX_NAME_CHARS = 120;

/** Small words a name's initials may skip or keep ("Bank of England": BE or BoE). */
const MINOR_WORD = /^(of|and|for|the|on|in|to|de|du|des|la|le|del|der|und|af|och|og)$/;

/**
 * The initials each word before a "(" can give, nearest word last, up to the first word in lower
 * case that is not a small one (where the name must have started): a capitalised word gives its
 * capitalised parts' initials ("Hayat Tahrir al-Sham": H, T, S); a small word its own, or none.
 */
function wordInitials(before: string): { initials: string; optional: boolean }[] {
  const words = before.split(/[\s\u00a0]+/).filter((w) => w !== '');
  const out: { initials: string; optional: boolean }[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i];
    if (MINOR_WORD.test(word)) {
      out.unshift({ initials: word[0].toUpperCase(), optional: true });
      continue;
    }
    const capitals = word.split(/[-‐‑]/).filter((part) => part !== '' && part[0] !== part[0].toLowerCase());
    if (capitals.length === 0) break;
    out.unshift({ initials: capitals.map((part) => part[0].toUpperCase()).join(''), optional: false });
  }
  return out;
}

/** Whether `letters` are the initials of the words up to `end`, read from the end (each small word may give its letter or not). */
function spells(words: readonly { initials: string; optional: boolean }[], end: number, letters: string): boolean {
  if (letters === '') return true;
  if (end < 0) return false;
  const { initials, optional } = words[end];
  if (letters.endsWith(initials) && spells(words, end - 1, letters.slice(0, letters.length - initials.length))) return true;
  return optional && spells(words, end - 1, letters);
}

/**
 * Whether an acronym at `start` of `text` is being defined by the name just before it, in
 * parentheses: "the Estonian Defence Forces (EDF)". Wire copy spells out a body's name and then
 * its initials; those initials then mean that body, whatever else they stand for elsewhere
 * (EDF, the French power company).
 */
export function isDefinedBefore(text: string, start: number, acronym: string): boolean {
  let at = start - 1;
  if (text[at] !== '(') return false;
  while (at > 0 && text[at - 1] === ' ') at--;
  const letters = acronym.replace(/[^\p{L}]/gu, '').toUpperCase();
  const words = wordInitials(text.slice(Math.max(0, at - MAX_NAME_CHARS), at));
  // The name ends with the word right before the parenthesis, which is never a small word.
  return words.length > 0 && !words[words.length - 1].optional && spells(words, words.length - 1, letters);
}
