import { HOVER_DELAY_MAX_MS, type PageSettings } from '@/utils/settings';
import { t } from '@/utils/i18n';
import { ChoiceGroup } from './ChoiceGroup';

type Choices = Pick<PageSettings, 'markStyle' | 'density' | 'hoverDelayMs' | 'theme'>;

export interface MarkingChoicesProps {
  settings: Choices;
  onSetting: <K extends keyof PageSettings>(key: K, value: PageSettings[K]) => void;
}

/** How marks and cards look and behave: style, density, hover delay, theme (popup and options page alike). */
export function MarkingChoices({ settings, onSetting }: MarkingChoicesProps) {
  return (
    <>
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
        onChange={(v) => onSetting('markStyle', v)}
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
        onChange={(v) => onSetting('density', v)}
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
          onInput={(e) => onSetting('hoverDelayMs', Number((e.currentTarget as HTMLInputElement).value))}
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
        onChange={(v) => onSetting('theme', v)}
      />
    </>
  );
}
