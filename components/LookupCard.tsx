import type { CardEntity } from '@/utils/knowledge/types';
import { formatDate } from '@/utils/card/format';
import { factsToShow, type CardFrame } from '@/utils/card/time-frame';
import { t } from '@/utils/i18n';
import { FactList } from './FactList';

export interface LookupCardProps {
  entity: CardEntity;
  /** The facts placed against today: a look-up has no article date. */
  frame: CardFrame;
  onBack: () => void;
}

/** A looked-up entity's card in the popup: the page card's content, without page navigation. */
export function LookupCard({ entity, frame, onBack }: LookupCardProps) {
  const source = entity.sources[0];
  return (
    <article class="lookup-card" aria-labelledby="lookup-card-name" data-testid="lookup-card" data-entity={entity.id}>
      <button type="button" class="link" onClick={onBack} data-testid="lookup-back">
        ‹ {t('lookupBack')}
      </button>
      <h2 id="lookup-card-name" class="lookup-name" data-testid="lookup-card-name">
        {entity.name}
      </h2>
      <p class="description">{entity.description}</p>
      <p class="muted">{t('frameToday', formatDate(frame.date))}</p>
      <FactList facts={factsToShow(frame)} />
      <p class="muted">
        {source && (
          <a href={source.url} target="_blank" rel="noopener noreferrer">
            {t('source')}: {source.title}
          </a>
        )}{' '}
        {t('factsAsOf', formatDate(entity.asOf))}
      </p>
    </article>
  );
}
