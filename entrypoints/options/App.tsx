import { useEffect, useState } from 'preact/hooks';
import bundled from 'virtual:knowledge-index';
import { CorrectionList } from '@/components/CorrectionList';
import { PackImport } from '@/components/PackImport';
import { PackList } from '@/components/PackList';
import { formatDate } from '@/utils/card/format';
import { EntityTable } from '@/utils/knowledge/entity-table';
import type { SchemaError } from '@/utils/knowledge/json-schema';
import { t } from '@/utils/i18n';
import { exportPack, importPack, removePack, setPackEnabled } from '@/utils/pack-import';
import { packsSetting, type InstalledPack } from '@/utils/packs';
import { correctionsSetting, toggleCorrection, type Corrections } from '@/utils/settings';

const builtIn = new EntityTable(bundled.headers);

function bundledName(id: string): string | undefined {
  const p = builtIn.positionOf(id);
  return p === undefined ? undefined : builtIn.name(p);
}

function download(name: string, text: string) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name.endsWith('.json') ? name : `${name}.json`;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** The options page: knowledge packs and the reader's corrections. */
export function App() {
  const [packs, setPacks] = useState<InstalledPack[]>([]);
  const [corrections, setCorrections] = useState<Corrections>({ hidden: {}, notThis: {} });
  const [errors, setErrors] = useState<SchemaError[] | null>(null);
  const [installed, setInstalled] = useState(false);

  useEffect(() => {
    void packsSetting.get().then(setPacks);
    void correctionsSetting.get().then(setCorrections);
    const unwatchPacks = packsSetting.watch(setPacks);
    const unwatchCorrections = correctionsSetting.watch(setCorrections);
    return () => {
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
      <p data-testid="builtin">{t('builtInKnowledge', builtIn.size, formatDate(bundled.asOf))}</p>
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
