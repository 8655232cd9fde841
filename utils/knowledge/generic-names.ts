/**
 * Names that many countries give their own institution or party: "Labour Party" is Britain's
 * in a London story but Australia's or Israel's elsewhere, "House of Commons" is Canada's too,
 * "Supreme Court" is every country's. The build makes them weak, and ships the entity's own
 * context (its country, capital, leaders), so a page marks them only when it is about that
 * country (see `placeContexts`).
 */
const GENERIC_INSTITUTION = new RegExp(
  '^(the )?(' +
    [
      // Party families, by their bare names and members.
      "(labour|labor|conservative|liberal|green|social democratic|socialist|communist|democratic|republican|progressive|christian democratic|people's|national|centre|center|freedom|progress) party",
      // Coalitions named so in Portugal and South Africa alike ("Democratic Alliance").
      'democratic alliance',
      '(social |christian )?democrats|conservatives|republicans|greens|liberals|socialists|communists|moderates',
      // Bodies every state has.
      'supreme court|(federal supreme|supreme federal) court|constitutional court|constitutional council|federal council|senate|state senate|house of representatives|house of commons|house of lords|parliament|national assembly|chamber of deputies',
      // The judges' own councils, which most of Europe's states have under these English names.
      'high council of the judiciary|superior council of (the )?magistracy|national council of the judiciary|(high|supreme|superior) judicial council',
      // Bodies many states name alike: Latin America's electoral councils and courts, Libya's and Iraq's councils, the Communist parties' bureaus and military commissions (China's, Vietnam's).
      'national electoral council|(supreme |superior )?electoral (court|tribunal)|presidential council|politburo|central military commission',
      // America's, India's (its party's short name), the Philippines' and Latin America's legislatures; any lower house.
      'congress|house',
      // Departments many governments name alike (the Philippines', Ireland's, Hong Kong's "Department of Justice").
      'department of (justice|agriculture|labor|labour|commerce|energy|the interior|transportation|the treasury)',
      // Britain's, America's, Australia's and New Zealand's finance ministries all go by it at home.
      'treasury',
      'ministry of (national )?(defence|defense)|ministry (of|for) foreign affairs|ministry of (finance|the interior|interior|internal affairs|justice)|(foreign|defence|defense|interior|finance|justice) ministry|foreign office',
      'central bank|armed forces|navy|air force|army|ground forces|border guard|national guard|security service|general staff|joint chiefs of staff|central election commission|central electoral commission|election commission',
      // A founding text many states have (America's of 1776, Armenia's of 1990): the page's country says whose.
      'declaration of independence',
    ].join('|') +
    ')$',
  'i',
);

export const isGenericInstitution = (text: string): boolean => GENERIC_INSTITUTION.test(text.trim());

/**
 * A year and a kind of event many countries hold that year: "2024 general election", "2021
 * coup", "2025 presidential runoff". News at home writes its own country's so ("Labour won the
 * 2024 general election"), as it writes "the Supreme Court": the page's country settles it (see
 * `institutionContext`).
 */
const YEAR_AND_KIND = /^(?:19|20)\d\d(?:[–-]\d{2,4})? \p{Ll}[\p{Ll} -]*$/u;

export const isYearAndKind = (text: string): boolean => YEAR_AND_KIND.test(text);

/**
 * A national vote by its kind alone, in lower case ("the presidential election", "parliamentary
 * elections"): a story about one names it so from its second paragraph on. It is that year's
 * vote in the page's country (see `withYearKindNames`, `withDatedEventNames`).
 */
const KIND_OF_ELECTION = /^(?:general|parliamentary|federal|legislative|presidential) elections?$/;

export const isKindOfElection = (text: string): boolean => KIND_OF_ELECTION.test(text);
