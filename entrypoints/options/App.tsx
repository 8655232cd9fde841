import { useEffect, useState } from 'preact/hooks';
import bundled from 'virtual:knowledge-index';
import { browser } from 'wxt/browser';
import { CategorySwitches } from '@/components/CategorySwitches';
import { CorrectionList } from '@/components/CorrectionList';
import { MarkingChoices } from '@/components/MarkingChoices';
import { ShortcutList, type Shortcut } from '@/components/ShortcutList';
import { SiteList } from '@/components/SiteList';
import { Toggle } from '@/components/Toggle';
import { PackImport } from '@/components/PackImport';
import { PackList } from '@/components/PackList';
import { formatDate } from '@/utils/card/format';
import { bundledTables } from '@/utils/knowledge/bundled-tables';
import type { SchemaError } from '@/utils/knowledge/json-schema';
import { t } from '@/utils/i18n';
import { exportPack, importPack, removePack, setPackEnabled } from '@/utils/pack-import';
import { packsSetting, type InstalledPack } from '@/utils/packs';
import { correctionsSetting, followPageSettings, setPageSetting, toggleCorrection, type Corrections, type PageSettings } from '@/utils/settings';
import { readAddedSites, removeSite } from '@/utils/site-access';

/** The bundled knowledge in both tiers: what pages carry and what the background serves them. */
const builtIn = bundledTables();
const builtInCount = builtIn.reduce((sum, table) => sum + table.size, 0);

function bundledName(id: string): string | undefined {
  for (const table of builtIn) {
    const p = table.positionOf(id);
    if (p !== undefined) return table.name(p);
  }
  return undefined;
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name.endsWith('.json') ? name : `${name}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The manifest's commands with the keys the browser has set for them. */
async function readShortcuts(): Promise<Shortcut[]> {
  const commands = await browser.commands.getAll().catch(() => []);
  return commands.filter((c) => c.name && c.name !== '_execute_action').map((c) => ({ name: c.name!, description: c.description ?? c.name!, shortcut: c.shortcut ?? '' }));
}

/** The options page: every popup setting, the sites the reader changed, shortcuts, knowledge packs and corrections. */
export function App() {
  const [settings, setSettings] = useState<PageSettings | null>(null);
  const [addedSites, setAddedSites] = useState<string[]>([]);
  const [shortcuts, setShortcuts] = useState<Shortcut[]>([]);
  const [packs, setPacks] = useState<InstalledPack[]>([]);
  const [corrections, setCorrections] = useState<Corrections>({ hidden: {}, notThis: {} });
  const [errors, setErrors] = useState<SchemaError[] | null>(null);
  const [installed, setInstalled] = useState(false);

  useEffect(() => {
    const stopFollowing = followPageSettings(setSettings);
    void readAddedSites().then(setAddedSites);
    void readShortcuts().then(setShortcuts);
    void packsSetting.get().then(setPacks);
    void correctionsSetting.get().then(setCorrections);
    const unwatchPacks = packsSetting.watch(setPacks);
    const unwatchCorrections = correctionsSetting.watch(setCorrections);
    return () => {
      stopFollowing();
      unwatchPacks();
      unwatchCorrections();
    };
  }, []);

  const onImport = async (text: string, name: string) => {
    const result = await importPack(text, name);
    setErrors(result.ok ? null : result.errors);
    setInstalled(result.ok);
  };

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <p data-testid="builtin">{t('builtInKnowledge', builtInCount.toLocaleString('en-US'), formatDate(bundled.asOf))}</p>
      {settings && (
        <section aria-labelledby="settings-title" data-testid="options-settings">
          <h2 id="settings-title">{t('settingsTitle')}</h2>
          <Toggle label={t('switchEverywhere')} checked={settings.enabled} testId="switch-enabled" onChange={(v) => setPageSetting('enabled', v)} />
          <CategorySwitches categories={settings.categories} onChange={(v) => setPageSetting('categories', v)} />
          <MarkingChoices settings={settings} onSetting={setPageSetting} />
          <h2>{t('sitesTitle')}</h2>
          <SiteList
            added={addedSites}
            switchedOff={settings.disabledSites}
            onRemoveAdded={(origin) => void removeSite(origin).then(readAddedSites).then(setAddedSites)}
            onSwitchBackOn={(origin) => setPageSetting('disabledSites', settings.disabledSites.filter((o) => o !== origin))}
          />
        </section>
      )}
      <h2>{t('shortcutsTitle')}</h2>
      <ShortcutList shortcuts={shortcuts} browserName={import.meta.env.FIREFOX ? 'firefox' : 'chrome'} />
      <h2>{t('packsTitle')}</h2>
      <PackList
        packs={packs}
        onToggle={(key, enabled) => void setPackEnabled(key, enabled)}
        onExport={(key) => {
          const pack = packs.find((p) => p.key === key);
          if (pack) download(pack.name, exportPack(pack));
        }}
        onRemove={(key) => void removePack(key)}
      />
      <PackImport errors={errors} installed={installed} onImport={(text, name) => void onImport(text, name)} />
      <h2>{t('correctionsTitle')}</h2>
      <CorrectionList
        corrections={corrections}
        nameOf={(id) => bundledName(id) ?? packs.flatMap((p) => p.pack.entities).find((e) => e.id === id)?.name ?? id}
        onUndo={(kind, origin, id) => void correctionsSetting.set(toggleCorrection(corrections, kind, origin, id, false))}
      />
    </main>
  );
}
