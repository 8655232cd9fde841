declare module 'virtual:knowledge-index' {
  const index: import('./shared-context-names').ShippedIndex;
  export default index;
}

/** Every bundled alias as text (tests and tools only). */
declare module 'virtual:knowledge-aliases' {
  const aliases: import('./types').CompiledAlias[];
  export default aliases;
}

/**
 * Every bundled card, one JSON text a line (the index's entities, then the remote ones);
 * background only. In the built extension a packaged file (`file`), in tests inline (`text`).
 */
declare module 'virtual:knowledge-cards' {
  const cards: import('./knowledge-asset').KnowledgeAsset;
  export default cards;
}

/** The knowledge pages get from the background on first need (a `RemoteIndex` as JSON); background only. */
declare module 'virtual:knowledge-remote' {
  const remote: import('./knowledge-asset').KnowledgeAsset;
  export default remote;
}

/** The background's entities' headers alone (the options page checks pack ids against them). */
declare module 'virtual:knowledge-remote-headers' {
  const headers: import('./entity-table').ShippedHeaders;
  export default headers;
}

/** The countries' outlines and where each place is (a `GeoIndex` as JSON); background only. */
declare module 'virtual:knowledge-geo' {
  const geo: import('./knowledge-asset').KnowledgeAsset;
  export default geo;
}

/** Every entity's names, one entity a line (see `searchLines`), for the popup's look-up; background only. */
declare module 'virtual:knowledge-search' {
  const search: import('./knowledge-asset').KnowledgeAsset;
  export default search;
}
