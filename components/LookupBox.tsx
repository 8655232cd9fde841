import type { SearchHit } from '@/utils/knowledge/search';
import { t } from '@/utils/i18n';
import { TYPE_LABEL } from '@/utils/card/type-labels';

export interface LookupBoxProps {
  query: string;
  hits: SearchHit[];
  onQuery: (query: string) => void;
  onChoose: (id: string) => void;
}


/** Look up any name in the bundled knowledge and the reader's packs, offline, as the reader types. */
export function LookupBox({ query, hits, onQuery, onChoose }: LookupBoxProps) {
  return (
    <div class="lookup" role="search">
      <input
        type="search"
        class="lookup-input"
        placeholder={t('lookupPlaceholder')}
        aria-label={t('lookupPlaceholder')}
        value={query}
        maxLength={100}
        data-testid="lookup-input"
        onInput={(e) => onQuery((e.currentTarget as HTMLInputElement).value)}
      />
      {query.trim().length >= 2 && hits.length === 0 && <p class="muted" data-testid="lookup-none">{t('lookupNone')}</p>}
      {hits.length > 0 && (
        <ul class="lookup-hits" data-testid="lookup-hits">
          {hits.map((hit) => (
            <li key={hit.id}>
              <button type="button" class="entity" data-testid="lookup-hit" data-entity={hit.id} onClick={() => onChoose(hit.id)}>
                <span>{hit.name}</span>
                <span class="count">{t(TYPE_LABEL[hit.type])}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
