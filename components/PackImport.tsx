import { useState } from 'preact/hooks';
import type { SchemaError } from '@/utils/knowledge/json-schema';
import { t } from '@/utils/i18n';

export interface PackImportProps {
  /** Errors of the last refused pack, all at once; null when the last import worked or none ran. */
  errors: SchemaError[] | null;
  installed: boolean;
  onImport: (text: string, name: string) => void;
}

/** Import a pack from a file or pasted JSON; a refused pack shows every problem with its field path. */
export function PackImport({ errors, installed, onImport }: PackImportProps) {
  const [text, setText] = useState('');
  const onFile = async (event: Event) => {
    const file = (event.currentTarget as HTMLInputElement).files?.[0];
    if (file) onImport(await file.text(), file.name);
  };
  return (
    <div class="pack-import">
      <label>
        {t('packImport')}: <input type="file" accept="application/json,.json" data-testid="pack-file" onChange={onFile} />
      </label>
      <label class="paste">
        {t('packPaste')}
        <textarea rows={6} value={text} data-testid="pack-text" onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)} />
      </label>
      <button type="button" data-testid="pack-add" onClick={() => onImport(text, 'Pasted pack')} disabled={text.trim() === ''}>
        {t('packAdd')}
      </button>
      {installed && (
        <p role="status" data-testid="pack-installed">
          {t('packInstalled')}
        </p>
      )}
      {errors && (
        <div role="alert" data-testid="pack-errors">
          <p>{t('packRefused')}</p>
          <ul>
            {errors.map((e, i) => (
              <li key={i} data-testid="pack-error">
                <code>{e.path || '(pack)'}</code> {e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
