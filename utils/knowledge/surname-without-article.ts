/** A family name led by the Arabic article, joined by a hyphen: "al-Burhan", "El-Sisi", "Al-Jadaan". */
const WITH_ARTICLE = /(?:^|\s)[aAeE]l-(\p{Lu}[\p{L}'’]+)$/u;

/**
 * The family name a person's alias ends in, without its Arabic article: news that writes
 * "Abdel Fattah al-Burhan" in full then says "Burhan said". Null where the alias has none.
 * The build adds it as a weak alias (see `judgedAliases`): it marks only where the page named
 * the person in full or a cue fits ("General Burhan"), as "Sheikh", "Bashir" or "Saleh"
 * alone may be anyone.
 */
export function surnameWithoutArticle(alias: string): string | null {
  const found = WITH_ARTICLE.exec(alias.trim());
  return found ? found[1] : null;
}
