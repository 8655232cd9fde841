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

/** One group of sites, each with the button that undoes the reader's choice. */
function group(title: string, origins: string[], testId: string, action: { label: string; testId: string; run: (origin: string) => void }) {
  return (
    <>
      <h3>{title}</h3>
      {origins.length === 0 ? (
        <p class="muted">{t('sitesNone')}</p>
      ) : (
        <ul>
          {origins.map((origin) => (
            <li key={origin} data-testid={testId} data-origin={origin}>
              <span>{host(origin)}</span>{' '}
              <button type="button" class="link" onClick={() => action.run(origin)} data-testid={action.testId}>
                {action.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The sites the reader changed, each undoable: added ones can be removed, switched-off ones switched back on. */
export function SiteList({ added, switchedOff, onRemoveAdded, onSwitchBackOn }: SiteListProps) {
  return (
    <div class="sites" data-testid="site-list">
      {group(t('sitesAdded'), added, 'site-added', { label: t('removeSite'), testId: 'site-remove', run: onRemoveAdded })}
      {group(t('sitesSwitchedOff'), switchedOff, 'site-off', { label: t('siteSwitchOn'), testId: 'site-on-again', run: onSwitchBackOn })}
    </div>
  );
}
