import { browser } from 'wxt/browser';
import english from '../public/_locales/en/messages.json';

type Messages = Record<string, { message: string }>;

/**
 * A UI string in the reader's language through `browser.i18n`, falling back to the bundled
 * English text where the API is missing (unit tests) or has no translation.
 */
export function t(key: keyof typeof english, ...substitutions: (string | number)[]): string {
  const subs = substitutions.map(String);
  let text = '';
  try {
    // WXT types getMessage per generated key; our keys come from the same file.
    text = (browser.i18n as unknown as { getMessage(name: string, subs: string[]): string }).getMessage(key, subs);
  } catch {
    // No i18n API here: use the English file.
  }
  if (text) return text;
  const message = (english as Messages)[key]?.message ?? key;
  return message.replace(/\$([A-Z_]+)\$/g, (_, name: string) => {
    const placeholder = (english as Record<string, { placeholders?: Record<string, { content: string }> }>)[key]?.placeholders?.[name.toLowerCase()];
    const position = placeholder ? Number(placeholder.content.slice(1)) - 1 : -1;
    return subs[position] ?? '';
  });
}
