import { t } from '@/utils/i18n';

export interface Shortcut {
  name: string;
  description: string;
  /** The keys the browser has set, or '' when none is set. */
  shortcut: string;
}

export interface ShortcutListProps {
  shortcuts: Shortcut[];
  /** Firefox and Chrome keep their shortcut editors in different places. */
  browserName: 'firefox' | 'chrome';
}

/** The keyboard commands with their current keys, and where the browser lets the reader change them. */
export function ShortcutList({ shortcuts, browserName }: ShortcutListProps) {
  return (
    <div data-testid="shortcuts">
      <table class="shortcuts">
        <tbody>
          {shortcuts.map((s) => (
            <tr key={s.name} data-testid="shortcut" data-command={s.name}>
              <td>{s.description}</td>
              <td>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <span class="muted">{t('shortcutNone')}</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="muted" data-testid="shortcuts-how">
        {browserName === 'firefox' ? t('shortcutsHowFirefox') : t('shortcutsHowChrome')}
      </p>
    </div>
  );
}
