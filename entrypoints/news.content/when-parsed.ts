import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * Runs `then` once the document is parsed: at once when it already is (the script injected
 * into an open tab), else on DOMContentLoaded, through `ctx` so an invalidated script never runs it.
 */
export function whenParsed(ctx: ContentScriptContext, then: () => void, doc: Document = document): void {
  if (doc.readyState !== 'loading') then();
  else ctx.addEventListener(doc, 'DOMContentLoaded', then, { once: true });
}
