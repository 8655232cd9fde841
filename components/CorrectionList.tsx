import type { Corrections } from '@/utils/settings';
import { t } from '@/utils/i18n';

export interface CorrectionListProps {
  corrections: Corrections;
  nameOf: (id: string) => string;
  onUndo: (kind: keyof Corrections, origin: string, id: string) => void;
}

/** Every "hide this name" and "not this one" the reader made from a card, each undoable. */
export function CorrectionList({ corrections, nameOf, onUndo }: CorrectionListProps) {
  const rows = (Object.keys(corrections) as (keyof Corrections)[]).flatMap((kind) =>
    Object.entries(corrections[kind]).flatMap(([origin, ids]) => ids.map((id) => ({ kind, origin, id }))),
  );
  if (rows.length === 0) return <p class="muted">{t('correctionsNone')}</p>;
  return (
    <ul data-testid="corrections">
      {rows.map(({ kind, origin, id }) => (
        <li key={`${kind}${origin}${id}`} data-testid="correction">
          {kind === 'hidden' ? t('hideName') : t('notThis')}: <strong>{nameOf(id)}</strong> — {new URL(origin).host}{' '}
          <button type="button" data-testid="correction-undo" onClick={() => onUndo(kind, origin, id)}>
            {t('undo')}
          </button>
        </li>
      ))}
    </ul>
  );
}
