import { ENTITY_TYPES } from '@/utils/knowledge/types';
import type { PageEntity } from '@/utils/messages';
import { t } from '@/utils/i18n';
import { TYPES_LABEL } from '@/utils/card/type-labels';

export interface OnThisPageProps {
  /** null while unknown or where the extension does not run. */
  entities: PageEntity[] | null;
  onChoose: (id: string) => void;
}


/** Kindle X-Ray for the page: who and what it mentions, by type, most mentioned first. */
export function OnThisPage({ entities, onChoose }: OnThisPageProps) {
  if (entities === null) return <p class="muted" data-testid="on-page-unavailable">{t('pageUnavailable')}</p>;
  if (entities.length === 0) return <p class="muted" data-testid="on-page-empty">{t('nothingOnPage')}</p>;
  return (
    <div class="on-page" data-testid="on-page">
      {ENTITY_TYPES.map((type) => {
        const group = entities.filter((e) => e.type === type).sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
        if (group.length === 0) return null;
        return (
          <section key={type} data-testid={`on-page-${type}`}>
            <h3>
              {t(TYPES_LABEL[type])} <span class="count" data-testid="on-page-group-count">({group.length})</span>
            </h3>
            <ul>
              {group.map((e) => (
                <li key={e.id}>
                  <button type="button" class="entity" data-testid="on-page-entity" data-entity={e.id} onClick={() => onChoose(e.id)}>
                    <span>{e.name}</span>
                    <span class="count" aria-label={t('mentionedTimes', e.count)}>{e.count}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
