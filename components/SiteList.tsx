import { t } from '@/utils/i18n';

export interface SiteListProps {
  /** Sites the reader added beyond the built-in news list. */
  added: string[];
  /** Sites the reader switched off. */
  switchedOff: string[];
  onRemoveAdded: (origin: string) => void;
  onSwitchBackOn: (origin: string) => void;
}

const host = (origin: string) => {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
};

/** The sites the reader changed, each undoable: added ones can be removed, switched-off ones switched back on. */
export function SiteList({ added, switchedOff, onRemoveAdded, onSwitchBackOn }: SiteListProps) {
  return (
    <div class="sites" data-testid="site-list">
      <h3>{t('sitesAdded')}</h3>
      {added.length === 0 ? (
        <p class="muted">{t('sitesNone')}</p>
      ) : (
        <ul>
          {added.map((origin) => (
            <li key={origin} data-testid="site-added" data-origin={origin}>
              <span>{host(origin)}</span>{' '}
              <button type="button" class="link" onClick={() => onRemoveAdded(origin)} data-testid="site-remove">
                {t('removeSite')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('sitesSwitchedOff')}</h3>
      {switchedOff.length === 0 ? (
        <p class="muted">{t('sitesNone')}</p>
      ) : (
        <ul>
          {switchedOff.map((origin) => (
            <li key={origin} data-testid="site-off" data-origin={origin}>
              <span>{host(origin)}</span>{' '}
              <button type="button" class="link" onClick={() => onSwitchBackOn(origin)} data-testid="site-on-again">
                {t('siteSwitchOn')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
