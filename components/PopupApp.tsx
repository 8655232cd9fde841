import type { CardFrame } from '@/utils/card/time-frame';
import type { SearchHit } from '@/utils/knowledge/search';
import type { CardEntity } from '@/utils/knowledge/types';
import type { PageEntity } from '@/utils/messages';
import type { PageSettings } from '@/utils/settings';
import { t } from '@/utils/i18n';
import { CategorySwitches } from './CategorySwitches';
import { LookupBox } from './LookupBox';
import { LookupCard } from './LookupCard';
import { MarkingChoices } from './MarkingChoices';
import { OnThisPage } from './OnThisPage';
import { Toggle } from './Toggle';

/** The tab the popup was opened over, as far as the popup may know it. */
export interface SiteInfo {
  /** `https://example.com`, or null on pages extensions cannot read. */
  origin: string | null;
  /** The content script runs there: a default news site or one the reader added. */
  covered: boolean;
  /** The reader added this site (so it can be removed again). */
  added: boolean;
}

export interface PopupAppProps {
  settings: PageSettings;
  site: SiteInfo;
  entities: PageEntity[] | null;
  onSetting: <K extends keyof PageSettings>(key: K, value: PageSettings[K]) => void;
  onEnableSite: () => void;
  onRemoveSite: () => void;
  onChooseEntity: (id: string) => void;
  onOpenOptions: () => void;
  /** The look-up: what the reader typed, what it found, and the card they chose (if any). */
  lookup: { query: string; hits: SearchHit[]; card: { entity: CardEntity; frame: CardFrame } | null };
  onLookupQuery: (query: string) => void;
  onLookupChoose: (id: string) => void;
  onLookupBack: () => void;
}

/** The popup: switches, reading choices, and what the current page mentions. */
export function PopupApp({ settings, site, entities, lookup, ...on }: PopupAppProps) {
  const siteOn = site.origin !== null && !settings.disabledSites.includes(site.origin);
  const setSite = (enabled: boolean) => {
    if (!site.origin) return;
    const others = settings.disabledSites.filter((o) => o !== site.origin);
    on.onSetting('disabledSites', enabled ? others : [...others, site.origin]);
  };
  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
      {lookup.card ? (
        <LookupCard entity={lookup.card.entity} frame={lookup.card.frame} onBack={on.onLookupBack} />
      ) : (
        <LookupBox query={lookup.query} hits={lookup.hits} onQuery={on.onLookupQuery} onChoose={on.onLookupChoose} />
      )}
      <Toggle label={t('switchEverywhere')} checked={settings.enabled} testId="switch-enabled" onChange={(v) => on.onSetting('enabled', v)} />
      {site.origin && site.covered && (
        <Toggle label={`${t('switchThisSite')} (${new URL(site.origin).host})`} checked={siteOn} disabled={!settings.enabled} testId="switch-site" onChange={setSite} />
      )}
      {site.origin && !site.covered && (
        <button type="button" class="primary" data-testid="enable-site" onClick={on.onEnableSite}>
          {t('enableSite')} ({new URL(site.origin).host})
        </button>
      )}
      {site.origin && site.added && (
        <button type="button" class="link" data-testid="remove-site" onClick={on.onRemoveSite}>
          {t('removeSite')}
        </button>
      )}
      {!site.origin && <p class="muted">{t('siteNotSupported')}</p>}

      <CategorySwitches categories={settings.categories} onChange={(v) => on.onSetting('categories', v)} />

      <section aria-labelledby="on-page-title">
        <h2 id="on-page-title">{t('onThisPage')}</h2>
        <OnThisPage entities={entities} onChoose={on.onChooseEntity} />
      </section>

      <details>
        <summary>{t('markStyle')}</summary>
        <MarkingChoices settings={settings} onSetting={on.onSetting} />
      </details>
      <button type="button" class="link" data-testid="open-options" onClick={on.onOpenOptions}>
        {t('openOptions')}
      </button>
    </main>
  );
}
