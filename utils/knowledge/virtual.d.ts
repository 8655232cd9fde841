declare module 'virtual:knowledge-index' {
  const index: import('./types').CompiledIndex;
  export default index;
}

/** Every bundled alias as text (tests and tools only). */
declare module 'virtual:knowledge-aliases' {
  const aliases: import('./types').CompiledAlias[];
  export default aliases;
}

/** Every bundled card as one JSON string (aligned with the index's entities); background only. */
declare module 'virtual:knowledge-cards' {
  const cardsJson: string;
  export default cardsJson;
}
