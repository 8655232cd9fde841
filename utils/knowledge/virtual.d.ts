declare module 'virtual:knowledge-index' {
  const index: import('./types').CompiledIndex;
  export default index;
}
