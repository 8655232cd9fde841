/**
 * Folders whose files a generator writes: hand-written knowledge is everything else. Apart from
 * the generators' own module (`generators/sources.ts`, which reads packages from disk), so the
 * build's compiler can ask too.
 */
export const GAZETTEER_FOLDER = 'places/gazetteer/';
export const COMMONS_FOLDER = 'people/commons/';
export const GENERATED_FOLDERS = [GAZETTEER_FOLDER, 'people/congress/', COMMONS_FOLDER];

export const isGenerated = (name: string) => GENERATED_FOLDERS.some((folder) => name.startsWith(folder));

/** A chamber's members from open data (Congress, the Commons): its rank and file, whom news names less than the people written by hand. */
export const isGeneratedPeople = (name: string) => name.startsWith('people/') && isGenerated(name);
