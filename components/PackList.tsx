import type { InstalledPack } from '@/utils/packs';
import { t } from '@/utils/i18n';
import { formatDate } from '@/utils/card/format';

export interface PackListProps {
  packs: InstalledPack[];
  onToggle: (key: string, enabled: boolean) => void;
  onExport: (key: string) => void;
  onRemove: (key: string) => void;
}

/** The reader's installed packs with their size, date and controls. */
export function PackList({ packs, onToggle, onExport, onRemove }: PackListProps) {
  return (
    <ul class="packs" data-testid="pack-list">
      {packs.map((p) => (
        <li key={p.key} data-testid="pack">
          <strong>{p.name}</strong>
          <span class="muted"> — {t('packEntities', p.pack.entities.length, formatDate(p.pack.asOf))}</span>
          <label>
            <input type="checkbox" checked={p.enabled} data-testid="pack-enabled" onChange={(e) => onToggle(p.key, (e.currentTarget as HTMLInputElement).checked)} />
            {t('packEnabled')}
          </label>
          <button type="button" data-testid="pack-export" onClick={() => onExport(p.key)}>
            {t('packExport')}
          </button>
          <button type="button" data-testid="pack-remove" onClick={() => onRemove(p.key)}>
            {t('packRemove')}
          </button>
        </li>
      ))}
    </ul>
  );
}
