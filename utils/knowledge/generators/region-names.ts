/**
 * First-level regions as English news names them. GeoNames' admin1 list gives some bare ("Sumy"
 * for Sumy Oblast), some in a national or older transliteration ("Oromiya", "Northern Darfur"),
 * and some under a word that is no place in the news ("Somali" is an adjective far more often
 * than Ethiopia's region).
 */

const REGION_WORDS = /\b(oblast|kray|krai|republic|city|okrug|region|province|voblast|autonomous)\b/i;

/** GeoNames spellings news never uses, by country and GeoNames name. */
const REGION_SPELLINGS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // Russian oblasts given bare, Belarusian ones in Russian or Belarusian forms.
  RU: {
    Ulyanovsk: 'Ulyanovsk Oblast',
    Rostov: 'Rostov Oblast',
    Murmansk: 'Murmansk Oblast',
    Chelyabinsk: 'Chelyabinsk Oblast',
    Arkhangelskaya: 'Arkhangelsk Oblast',
    'St.-Petersburg': 'Saint Petersburg',
    "Leningradskaya Oblast'": 'Leningrad Oblast',
  },
  BY: {
    Vitebsk: 'Vitebsk Region',
    Mogilev: 'Mogilev Region',
    Minsk: 'Minsk Region',
    Grodnenskaya: 'Grodno Region',
    'Homyel’ Voblasc’': 'Gomel Region',
    Brest: 'Brest Region',
  },
  // Sudan's states as the war's reporting names them ("North Darfur", whose capital is El Fasher).
  SD: {
    'Northern Darfur': 'North Darfur',
    'Southern Darfur': 'South Darfur',
    'Western Darfur': 'West Darfur',
    'Eastern Darfur': 'East Darfur',
    'Southern Kordofan': 'South Kordofan',
    'Al Qaḑārif': 'Gedaref',
    'Al Jazirah': 'Gezira',
  },
  ET: { Āfar: 'Afar', Oromiya: 'Oromia', 'Bīnshangul Gumuz': 'Benishangul-Gumuz' },
  // Belgium's capital region, as its government and the news name it.
  BE: { 'Brussels Capital': 'Brussels-Capital Region' },
  // Two German states GeoNames names in German, under their English names (the German stays an alias).
  DE: { 'Rheinland-Pfalz': 'Rhineland-Palatinate', 'Mecklenburg-Vorpommern': 'Mecklenburg-Western Pomerania', 'Baden-Wurttemberg': 'Baden-Württemberg' },
  // GeoNames doubles the l of Castile; English news writes "Castile and León" or the Spanish name.
  ES: { 'Castille and León': 'Castile and León', 'Castille-La Mancha': 'Castilla-La Mancha' },
};

/** Other names news gives a region, by country and GeoNames name: its initials, or a short form of its kind's name. */
const REGION_NEWS_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'AU:New South Wales': ['NSW'],
  'DE:North Rhine-Westphalia': ['NRW'],
  // South Korea's provinces as its English-language press names them.
  'KR:Gyeongsangbuk-do': ['North Gyeongsang Province', 'North Gyeongsang'],
  'KR:Gyeongsangnam-do': ['South Gyeongsang Province', 'South Gyeongsang'],
  'KR:Chungcheongnam-do': ['South Chungcheong Province', 'South Chungcheong'],
  'KR:Jeollabuk-do': ['North Jeolla Province', 'North Jeolla'],
  'KR:Jeollanam-do': ['South Jeolla Province', 'South Jeolla'],
  'KR:Gyeonggi-do': ['Gyeonggi Province'],
  'KR:Gangwon-do': ['Gangwon Province'],
  // Armenia's southern province on the Azerbaijani border, as Armenian and wire news name it.
  'AM:Syunik': ['Syunik Province'],
  // Iraqi Kurdistan's governorate as Kurdish outlets spell it.
  'IQ:Sulaymaniyah': ['Sulaimani Province', 'Sulaimani Governorate', 'Sulaymaniyah Governorate'],
  'KR:Jeju-do': ['Jeju Province'],
  // Egypt's governorates as its press writes them.
  'EG:Faiyum': ['Fayoum'],
  'EG:Matruh': ['Matrouh'],
  'EG:Beni Suweif': ['Beni Suef'],
  'SD:River Nile': ['Nile State'],
  // DR Congo's eastern provinces with their kind, as wires write them ("South Kivu Province").
  'CD:North Kivu': ['North Kivu Province'],
  'CD:South Kivu': ['South Kivu Province'],
  'CD:Ituri': ['Ituri Province'],
  // Afghanistan's eastern province as wires spell it ("Khost", the Pashto "Khowst" in GeoNames).
  'AF:Khowst': ['Khost', 'Khost Province'],
  // Italy's regions by their Italian names, as news from Italy writes them.
  'IT:Apulia': ['Puglia'],
  'IT:The Marches': ['Marche'],
  'ES:Castille and León': ['Castilla y León'],
  'IN:Jammu and Kashmir': ['Jammu & Kashmir'],
  'ES:Castille-La Mancha': ['Castile-La Mancha'],
  // Ukraine's oblasts as Russian reports spell them, which English wires quote ("the Dnepropetrovsk
  // region"); their cities carry the same spellings (see `NEWS_SPELLINGS`). Dnipropetrovsk Oblast
  // also by its renamed capital's name ("the Kyiv and Dnipro regions").
  'UA:Dnipropetrovsk': ['Dnepropetrovsk region', 'Dnepropetrovsk Oblast', 'Dnipro region', 'Dnipro Oblast'],
  'UA:Mykolaiv': ['Nikolaev region', 'Nikolayev region'],
  'UA:Odesa': ['Odessa region', 'Odessa Oblast'],
  'UA:Chernihiv Oblast': ['Chernigov region'],
  'UA:Zhytomyr Oblast': ['Zhitomir region'],
  'UA:Kyiv Oblast': ['Kiev region', 'Kiev Oblast'],
  'UA:Kirovohrad': ['Kirovograd region'],
  'UA:Vinnytsia': ['Vinnitsa region'],
  'UA:Lviv': ['Lvov region'],
};

/** The other names news gives a region (see `REGION_NEWS_ALIASES`). */
export const regionNewsAliases = (country: string, name: string): readonly string[] => REGION_NEWS_ALIASES[`${country}:${name}`] ?? [];

/** Region names that are everyday words in news about anything else: left out of the gazetteer. */
export const NOT_REGION_NAMES: ReadonlySet<string> = new Set(['ET:Somali', 'ET:Harari', 'MM:Mon', 'NG:Delta', 'NG:FCT', 'SD:Northern State']);

/**
 * A region's name as news writes it: GeoNames gives most Ukrainian oblasts bare ("Sumy"),
 * the same as their capital; news says "Sumy Oblast". Crimea keeps its own name.
 */
export function regionName(country: string, name: string): string {
  const fixed = REGION_SPELLINGS[country]?.[name];
  if (fixed) return fixed;
  if (country === 'UA' && name !== 'Crimea' && !REGION_WORDS.test(name)) return `${name} Oblast`;
  return name;
}

/**
 * The kind of region, by country, that news drops from a region's name: "Borno State" is
 * "Borno", "Shan State" "Shan", "Turkana County" "Turkana". Not elsewhere: a Belarusian
 * region's bare name ("Gomel") is its city's, Romania's "Cluj" is Cluj-Napoca.
 */
const DROPPABLE_KIND: Readonly<Record<string, RegExp>> = { NG: / State$/, KE: / County$/, MM: / (State|Region)$/ };

/** A region's name without its kind ("Borno" for "Borno State"), or null where news keeps it whole. */
export function bareRegionName(country: string, name: string): string | null {
  const kind = DROPPABLE_KIND[country];
  const bare = kind ? name.replace(kind, '') : name;
  return bare !== name && bare.length > 2 ? bare : null;
}

/** The kinds of region whose names news writes with the kind in lower case or as "region" too. */
const KIND_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  Oblast: ['region', 'Region', 'oblast'],
  Krai: ['region', 'Region', 'krai'],
  Kray: ['region', 'Region', 'krai', 'Krai'],
  Region: ['region'],
  Province: ['province'],
  Governorate: ['governorate'],
};

/**
 * The other ways news writes a region's kind: "Poltava Oblast" is "the Poltava region", "Pskov
 * oblast" and "Chelyabinsk Region" as often. Without them, the city's name inside them was
 * marked ("Poltava" in "the Poltava region"), or nothing, where the run was capitalised.
 */
export function regionKindSpellings(name: string): string[] {
  const match = /^(.+) (\S+)$/.exec(name);
  const kinds = match ? KIND_SPELLINGS[match[2]] : undefined;
  return kinds ? kinds.map((kind) => `${match![1]} ${kind}`) : [];
}

/**
 * The kind news adds to a region that bears its capital's name, by country: "Sokoto State",
 * "Kandahar Province", "Fukushima Prefecture", "São Paulo state". Without it such a region had
 * no entity (the city holds the bare name), and the city was marked inside the region's name.
 * Not where the region is the city in the news (Tokyo, Seoul, Beijing, Buenos Aires city's
 * neighbours aside), nor where news names a region no way of its own (Moldova's and Latvia's
 * districts, Azerbaijan's rayons, Egypt's governorates).
 */
const KIND_OF_CITY_NAMED_REGION: Readonly<Record<string, string>> = {
  NG: 'State',
  SD: 'State',
  SS: 'State',
  MM: 'Region',
  AF: 'Province',
  AR: 'Province',
  AM: 'Province',
  BG: 'Province',
  CN: 'Province',
  IR: 'Province',
  IQ: 'Province',
  JP: 'Prefecture',
  BR: 'state',
};

/** Regions that are their city in the news, or a city-state: no region of their own is added. */
const CITY_REGIONS = new Set(['CN:Beijing', 'CN:Shanghai', 'CN:Tianjin', 'CN:Chongqing', 'JP:Tokyo', 'AM:Yerevan', 'BG:Sofia', 'IQ:Baghdad', 'IR:Tehran', 'MM:Yangon', 'MM:Nay Pyi Taw']);

/**
 * The names of a region that bears its capital's name, or null where none is added: its
 * name with the kind as the country's news writes it first ("Kandahar Province"), then the
 * kind's other case ("Kandahar province").
 */
export function kindNamedRegion(country: string, name: string): string[] | null {
  const kind = KIND_OF_CITY_NAMED_REGION[country];
  if (kind === undefined || CITY_REGIONS.has(`${country}:${name}`)) return null;
  const other = kind === kind.toLowerCase() ? kind[0].toUpperCase() + kind.slice(1) : kind.toLowerCase();
  return [`${name} ${kind}`, `${name} ${other}`];
}
