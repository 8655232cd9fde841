import { ENTITY_TYPES, type EntityType } from '@/utils/knowledge/types';
import type { PageEntity } from '@/utils/messages';
import { HOVER_DELAY_MAX_MS, type PageSettings } from '@/utils/settings';
import { t } from '@/utils/i18n';
import { ChoiceGroup } from './ChoiceGroup';
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
}

const CATEGORY_LABEL: Record<EntityType, Parameters<typeof t>[0]> = {
  person: 'typesPerson',
  organization: 'typesOrganization',
  place: 'typesPlace',
  event: 'typesEvent',
};

/** The popup: switches, reading choices, and what the current page mentions. */
export function PopupApp({ settings, site, entities, ...on }: PopupAppProps) {
  const siteOn = site.origin !== null && !settings.disabledSites.includes(site.origin);
  const setSite = (enabled: boolean) => {
    if (!site.origin) return;
    const others = settings.disabledSites.filter((o) => o !== site.origin);
    on.onSetting('disabledSites', enabled ? others : [...others, site.origin]);
  };
  return (
    <main class="popup">
      <h1>{t('popupTitle')}</h1>
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

      <fieldset class="choices" data-testid="categories">
        <legend>{t('categories')}</legend>
        {ENTITY_TYPES.map((type) => (
          <Toggle
            key={type}
            label={t(CATEGORY_LABEL[type])}
            checked={settings.categories[type]}
            testId={`category-${type}`}
            onChange={(v) => on.onSetting('categories', { ...settings.categories, [type]: v })}
          />
        ))}
      </fieldset>

      <section aria-labelledby="on-page-title">
        <h2 id="on-page-title">{t('onThisPage')}</h2>
        <OnThisPage entities={entities} onChoose={on.onChooseEntity} />
      </section>

      <details>
        <summary>{t('markStyle')}</summary>
        <ChoiceGroup
          legend={t('markStyle')}
          name="mark-style"
          value={settings.markStyle}
          testId="mark-style"
          options={[
            { value: 'underline', label: t('markUnderline') },
            { value: 'tint', label: t('markTint') },
            { value: 'hover', label: t('markHover') },
          ]}
          onChange={(v) => on.onSetting('markStyle', v)}
        />
        <ChoiceGroup
          legend={t('density')}
          name="density"
          value={settings.density}
          testId="density"
          options={[
            { value: 'every', label: t('densityEvery') },
            { value: 'first', label: t('densityFirst') },
          ]}
          onChange={(v) => on.onSetting('density', v)}
        />
        <label class="slider">
          <span>{t('hoverDelay', settings.hoverDelayMs)}</span>
          <input
            type="range"
            min={0}
            max={HOVER_DELAY_MAX_MS}
            step={50}
            value={settings.hoverDelayMs}
            data-testid="hover-delay"
            onInput={(e) => on.onSetting('hoverDelayMs', Number((e.currentTarget as HTMLInputElement).value))}
          />
        </label>
        <ChoiceGroup
          legend={t('theme')}
          name="theme"
          value={settings.theme}
          testId="theme"
          options={[
            { value: 'auto', label: t('themeAuto') },
            { value: 'light', label: t('themeLight') },
            { value: 'dark', label: t('themeDark') },
          ]}
          onChange={(v) => on.onSetting('theme', v)}
        />
      </details>
      <button type="button" class="link" data-testid="open-options" onClick={on.onOpenOptions}>
        {t('openOptions')}
      </button>
    </main>
  );
}
