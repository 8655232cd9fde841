import { t } from '../i18n';
import { formatDate, formatFactDates } from './format';
import type { FramedFact } from './time-frame';

/** How a card writes one framed fact: an optional "then"/"later" word, the value, and its dates. */
export interface FactText {
  /** "then" for what held at the article's date and ended since, "later" for what began after it. */
  marker: string | null;
  value: string;
  dates: string;
}

/** "then Prime Minister (2019–2024)", "later: President (since 2025)", "Died 3 May 2026, after this article". */
export function factText({ fact, time }: FramedFact): FactText {
  const dates = formatFactDates(fact);
  if (time === 'ended') return { marker: t('factThen'), value: fact.value, dates };
  if (time === 'later') return { marker: t('factLater'), value: fact.value, dates };
  if (time === 'changed' && fact.from) return { marker: null, value: fact.value, dates: t('factAfterArticle', formatDate(fact.from)) };
  return { marker: null, value: fact.value, dates };
}
