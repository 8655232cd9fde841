/**
 * The plural news writes for a people: "Americans", "Pakistanis", "Filipinos"; not "Swiss",
 * "French", "Chinese" (null). The build ships each demonym once, and the page adds its plural
 * by this one rule: the plurals were half the demonyms' bytes in every page's script.
 */
export const demonymPlural = (demonym: string): string | null => (/(?:an|i|o|ine)$/.test(demonym) ? `${demonym}s` : null);
