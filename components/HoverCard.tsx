import type { CardEntity } from '@/utils/knowledge/types';
import { formatDate } from '@/utils/card/format';
import { factsToShow, type CardFrame } from '@/utils/card/time-frame';
import type { LocatorMapData } from '@/utils/geo/types';
import { t } from '@/utils/i18n';
import { TYPE_LABEL } from '@/utils/card/type-labels';
import { FactList } from './FactList';
import { LocatorMap } from './LocatorMap';

export interface RelatedLink {
  entity: number;
  name: string;
}

export interface HoverCardProps {
  entity: CardEntity;
  headingId: string;
  mentionCount: number;
  related: RelatedLink[];
  /** The entity's facts placed against the article's date, or today's. */
  frame: CardFrame;
  /** The article's publication date when it is newer than the facts. */
  staleSince: string | null;
  /** The alias matched was weak (a surname): offer "Not this one". */
  ambiguous: boolean;
  /** A place's locator map, once the background has sent it. */
  map?: LocatorMapData | null;
  onOpenRelated: (entity: number) => void;
  onPrevious: () => void;
  onNext: () => void;
  onClose: () => void;
  onHideName: () => void;
  onNotThis: () => void;
}

/** The card: who or what a name is, its key dated facts, where they come from and when they hold. */
export function HoverCard(props: HoverCardProps) {
  const { entity, headingId } = props;
  const source = entity.sources[0];
  return (
    <div class="card" role="dialog" aria-modal="false" aria-labelledby={headingId} data-testid="card" data-entity={entity.id}>
      <div class="card-top">
        <span class={`type type-${entity.type}`} data-testid="card-type">
          {t(TYPE_LABEL[entity.type])}
        </span>
        <button type="button" class="icon" aria-label={t('closeCard')} title={t('closeCard')} onClick={props.onClose} data-testid="card-close">
          ×
        </button>
      </div>
      <h2 id={headingId} class="name" data-testid="card-name">
        {entity.name}
      </h2>
      <p class="description" data-testid="card-description">
        {entity.description}
      </p>
      {props.map && <LocatorMap map={props.map} />}
      <p class="frame" data-testid="card-frame" data-from-article={String(props.frame.fromArticle)}>
        {t(props.frame.fromArticle ? 'frameArticle' : 'frameToday', formatDate(props.frame.date))}
      </p>
      <FactList facts={factsToShow(props.frame)} />
      <p class="count" data-testid="card-count">
        {props.mentionCount === 1 ? t('mentionedOnce') : t('mentionedTimes', props.mentionCount)}
      </p>
      {props.related.length > 0 && (
        <nav class="related" aria-label={t('alsoOnPage')} data-testid="card-related">
          <span>{t('alsoOnPage')}: </span>
          {props.related.map((r) => (
            <button type="button" class="link" key={r.entity} onClick={() => props.onOpenRelated(r.entity)} data-testid="card-related-item">
              {r.name}
            </button>
          ))}
        </nav>
      )}
      <p class="provenance">
        {source && (
          <a href={source.url} target="_blank" rel="noopener noreferrer" data-testid="card-source">
            {t('source')}: {source.title}
          </a>
        )}
        <span class="as-of" data-testid="card-asof">
          {t('factsAsOf', formatDate(entity.asOf))}
        </span>
        {props.staleSince && (
          <span class="stale" data-testid="card-stale">
            {t('maybeOutdated', formatDate(props.staleSince))}
          </span>
        )}
      </p>
      <div class="actions">
        <button type="button" class="link" onClick={props.onPrevious} data-testid="card-previous">
          ‹ {t('previousMention')}
        </button>
        <button type="button" class="link" onClick={props.onNext} data-testid="card-next">
          {t('nextMention')} ›
        </button>
      </div>
      <div class="actions corrections">
        <button type="button" class="link" onClick={props.onHideName} data-testid="card-hide">
          {t('hideName')}
        </button>
        {props.ambiguous && (
          <button type="button" class="link" onClick={props.onNotThis} data-testid="card-not-this">
            {t('notThis')}
          </button>
        )}
      </div>
    </div>
  );
}
