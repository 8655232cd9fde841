import { cityEntityId } from './slug.ts';

/**
 * Places that news spells otherwise than GeoNames' transliteration, by "country code:GeoNames
 * name": "Khān Yūnis" folds to "Khan Yunis", but most English news writes "Khan Younis". The
 * gazetteer adds these spellings as aliases. Only spellings, never facts: each is one the
 * place's encyclopedia page gives as "also spelled", or the one the news uses.
 */
export const NEWS_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  'PS:Khān Yūnis': ['Khan Younis'],
  // South African and Argentine papers' own names for their largest cities.
  'ZA:Johannesburg': ['Joburg', 'Jozi'],
  'AR:Buenos Aires': ['Buenos Aires City'],
  'KZ:Nur-Sultan': ['Nur-Sultan'],
  'MN:Ulan Bator': ['Ulan Bator'],
  'PS:An Nuşayrāt': ['Nuseirat'],
  'PS:Al Burayj': ['Bureij'],
  'PS:Bayt Ḩānūn': ['Beit Hanoun', 'Beit Hanun'],
  'PS:Bayt Lāhyā': ['Beit Lahia', 'Beit Lahiya'],
  'PS:Dayr al Balaḩ': ['Deir al-Balah', 'Deir el-Balah'],
  'PS:Jabālyā': ['Jabalia', 'Jabaliya'],
  'PS:Janīn': ['Jenin'],
  'PS:Qalqīlyah': ['Qalqilya'],
  'PS:Banī Suhaylā': ['Bani Suheila'],
  'PS:Al Bīrah': ['Al-Bireh', 'El-Bireh'],
  'SY:Al Ḩasakah': ['Al-Hasakah', 'Hasakah', 'Hasakeh'],
  'YE:Al Ḩudaydah': ['Hodeidah', 'Hudaydah'],
  'YE:Sanaa': ["Sana'a"],
  // Iraqi Kurdistan's towns as Kurdish and Iraqi outlets spell them.
  'IQ:Jamjamāl': ['Chamchamal'],
  'IQ:As Sulaymānīyah': ['Sulaimani'],
  // The Druze city of the July 2025 clashes, as Reuters and the BBC spell it.
  'SY:As-Suwayda': ['Sweida'],
  // Georgia's Black Sea port: too short for the rule that drops GeoNames' apostrophes (see `readsWithoutApostrophes`).
  'GE:P’ot’i': ['Poti'],
  // Farage's seat and its town as British news writes both.
  'GB:Clacton-on-Sea': ['Clacton'],
  'PH:Davao': ['Davao City'],
  // Vietnam's capital as its own press writes it ("HÀ NỘI — The 14th National Party Congress…").
  'VN:Hanoi': ['Hà Nội'],
  'MM:Nay Pyi Taw': ['Naypyidaw', 'Naypyitaw'],
  // North Macedonia's eastern town as AP and its own press write it ("Stip", "Štip").
  'MK:Shtip': ['Štip', 'Stip'],
  // Bangladesh's official spelling since 2018, which its own press and the wires now use.
  'BD:Chittagong': ['Chattogram'],
  // The abbreviation US news writes ("Minneapolis and St. Paul").
  'US:Saint Paul': ['St. Paul'],
  // The short name news gives a city whose full name carries its river or coast. A news
  // spelling is its place's even where a larger place has that name ("Newcastle" is not South
  // Africa's larger Newcastle in the news): the namesake is left out of the gazetteer.
  'GB:Newcastle upon Tyne': ['Newcastle'],
  // Spain's third city (its 2024 floods, its clubs), not Venezuela's larger one, in English news.
  'ES:Valencia': ['Valencia'],
  // English names of cities GeoNames gives in their own language: English news writes Cologne, not Köln.
  'DE:Köln': ['Cologne'],
  'DE:Nürnberg': ['Nuremberg'],
  'SE:Göteborg': ['Gothenburg'],
  'DK:Århus': ['Aarhus'],
  'BE:Antwerpen': ['Antwerp'],
  'BE:Brugge': ['Bruges'],
  'ES:Sevilla': ['Seville'],
  'GR:Pátra': ['Patras'],
  'MA:Fès': ['Fez'],
  'RO:Cluj-Napoca': ['Cluj'],
  'IQ:Al Fallūjah': ['Fallujah'],
  'IR:Orūmīyeh': ['Urmia'],
  'IR:Kūhdasht': ['Kouhdasht'],
  'LY:Mişrātah': ['Misrata'],
  // Renamed in 2018; news uses the new name.
  'IN:Allahābād': ['Prayagraj'],
  // Gulf towns as English news spells them (Khor Fakkan, the Saudi oil towns).
  'AE:Khawr Fakkān': ['Khor Fakkan'],
  'AE:Al Ain City': ['Al Ain'],
  'SA:Al Jubayl': ['Jubail'],
  'SA:Al Hufūf': ['Hofuf', 'Al-Hofuf'],
  'SA:Al Qaţīf': ['Qatif'],
  'KW:Al Jahrā’': ['Jahra'],
  'GB:Kingston upon Hull': ['Hull'],
  'GB:Southend-on-Sea': ['Southend'],
  'GB:Stoke-on-Trent': ['Stoke'],
  'DE:Frankfurt am Main': ['Frankfurt'],
  'DE:Halle (Saale)': ['Halle'],
  'RU:Rostov-na-Donu': ['Rostov-on-Don', 'Rostov'],
  // Ukrainian and English news spellings of the Zaporizhzhia plant's town and of Russia's Oryol.
  'UA:Energodar': ['Enerhodar'],
  // News spellings of towns in the Middle East and the Balkans that GeoNames writes otherwise.
  'EG:Asyūţ': ['Assiut', 'Asyut'],
  'IL:Qiryat Shemona': ['Kiryat Shmona'],
  'LB:En Nâqoûra': ['Naqoura'],
  'MK:Kochani': ['Kočani', 'Kocani'],
  'RU:Orël': ['Oryol'],
  // Front-line towns as Russian reports spell them, which English wires quote (Huliaipole, Lyman).
  // Where a Russian town has the spelling ("Seversk", "Volchansk"), war news means the Ukrainian one.
  'UA:Hulyaypole': ['Huliaipole', 'Hulyaipole', 'Gulyaipole', 'Huliapole', 'Gulyai Pole', 'Gulyai-Pole', 'Gulyaypole'],
  'UA:Lyman': ['Krasny Liman'],
  'UA:Kostyantynivka': ['Konstantinovka'],
  'UA:Druzhkivka': ['Druzhkovka'],
  'UA:Myrnohrad': ['Mirnograd'],
  'UA:Orikhiv': ['Orekhov'],
  'UA:Rodyns’ke': ['Rodinskoye'],
  'UA:Dobropillya': ['Dobropolye'],
  'UA:Lysychans’k': ['Lisichansk'],
  'UA:Syevyerodonets’k': ['Severodonetsk'],
  'UA:Horlivka': ['Gorlovka'],
  'UA:Makiyivka': ['Makeyevka'],
  'UA:Yenakiyeve': ['Yenakiyevo'],
  'UA:Marhanets’': ['Marganets'],
  'UA:Pavlohrad': ['Pavlograd'],
  'UA:Balakliya': ['Balakleya'],
  'UA:Selydove': ['Selidovo'],
  'UA:Sivers’k': ['Seversk'],
  'UA:Vovchans’k': ['Volchansk'],
  'UA:Okhtyrka': ['Akhtyrka'],
  'UA:Bilopillya': ['Belopolye'],
  'UA:Polohy': ['Pologi'],
  'UA:Zhytomyr': ['Zhitomir'],
  'UA:Kremenchuk': ['Kremenchug'],
  'UA:Kryvyi Rih': ['Krivoy Rog'],
  // Azerbaijan's exclave as RFE/RL and older wire copy spell it.
  'AZ:Nakhchivan': ['Nakhichevan'],
  // The city more often than the state, which goes by "New York state" alone (see `isQualified`).
  'US:New York City': ['New York', 'NYC'],
  // News writes the borough with a lower-case article ("Manhattan, the Bronx and Queens"), which "The Bronx" does not match.
  'US:The Bronx': ['Bronx'],
  // The ʿayin names above (see `NEWS_NAMES`), as news also spells them.
  'IQ:Al ‘Amārah': ['Al-Amarah', 'Al Amarah'],
  'IQ:‘Aqrah': ['Aqrah'],
  'SY:‘Ayn al ‘Arab': ['Kobane', 'Kobanî', "Ayn al-Arab"],
  'SY:Tall Rif‘at': ['Tell Rifaat', "Tal Rif'at"],
  'IL:Modi‘in Makkabbim Re‘ut': ["Modi'in", 'Modiin'],
  'TO:Nuku‘alofa': ['Nukualofa'],
};

/**
 * GeoNames names that are everyday phrases in news about any city: "the Old City" is
 * Jerusalem's in GeoNames, but Dubrovnik's or Baku's on other pages. Left out of the gazetteer,
 * with names that many places share, of which GeoNames holds only one.
 */
export const NOT_PLACE_NAMES: ReadonlySet<string> = new Set([
  'PS:Old City',
  // Anguilla's capital: "the Valley" in the news is California's or a story's own.
  'AI:The Valley',
  // State capitals that share their name with a university, or with towns all over the country: "Columbia" in the news is the university, "Springfield" is Ohio's as often as Illinois'.
  'US:Columbia',
  'US:Springfield',
  'SV:San Miguel',
  // A district town GeoNames lists as a capital.
  'HK:Yuen Long Kau Hui',
  // A Hungarian town that reads as a family word once its accent is dropped ("Happy birthday Papa").
  'HU:Pápa',
  // Second-tier towns (see `isEnglishNewsTown`): "Antioch" is the ancient city to most readers,
  // "Centennial" an anniversary in a headline, "East Hampton" the resort, and the others are
  // parts of larger places that GeoNames counts apart, whose card would call them cities.
  'US:Antioch',
  'US:Centennial',
  'US:East Hampton',
  'US:Tempe Junction',
  'US:North Peoria',
  'US:East Independence',
  'US:East Chattanooga',
  'US:North Stamford',
  'US:Metairie Terrace',
  'US:Deer Valley',
  // Named as something better known: Alabama's nickname, the college, New Zealand's resort.
  'NG:Bama',
  'CA:Dartmouth',
  'ZA:Queenstown',
  // Seats of New Zealand's regions (see `isStateSeat`) that news names otherwise: Blenheim Palace and its battle, the surname Napier.
  'NZ:Blenheim',
  'NZ:Napier',
]);

/**
 * Towns named like a given name that news names far more often than anyone who bears it: the
 * front line's Lyman (Donetsk Oblast), and two state seats whose names head the stories of
 * state politics ("ALBANY, N.Y. —", "TRENTON, N.J. —"; see `isStateSeat`). They keep their
 * name, which the given-name rule, or for a seat the film-dialogue rule, would have dropped
 * below a city's size (see `ambiguity`).
 */
export const NEWS_TOWNS_NAMED_LIKE_PEOPLE: ReadonlySet<string> = new Set(['UA:Lyman', 'US:Albany', 'US:Trenton']);

/**
 * Cities named like an English word or a given name that news about their country names
 * often (Nice, Bologna, Split, Perm). They keep that name, which the build judges weak, and it
 * marks in mid-sentence where the story names their country (see `weakPlaceContexts`): this
 * table is the writer's choice that such a word is what news means by it. Left out: names a
 * title, a race or a battle also uses ("Duke of York", "the Derby", Hastings), and surnames
 * ("Wakefield said").
 */
export const NEWS_CITIES_NAMED_LIKE_WORDS: ReadonlySet<string> = new Set([
  'FR:Nice', 'FR:Tours', 'FR:Nancy', 'IT:Bologna', 'IT:Bari', 'DE:Kiel', 'DE:Jena', 'BE:Liège', 'HR:Split', 'HU:Pécs',
  'BG:Ruse', 'RU:Perm', 'GB:Reading', 'GB:Bath', 'GB:Chester', 'GB:Derry', 'IE:Cork', 'ES:León', 'ES:Almería',
  'US:Orlando', 'AU:Hobart', 'IN:Thāne',
  // A London borough named like the oil benchmark ("Brent rose to $62") and a given name.
  'GB:Brent',
  // A Turkish provincial capital named like the comic-book hero ("a Batman-themed screening").
  'TR:Batman',
]);

/** Their ids in the gazetteer, for the build to give their weak names a context. */
export const WORD_NAMED_CITY_IDS: ReadonlySet<string> = new Set([...NEWS_CITIES_NAMED_LIKE_WORDS].map((key) => cityEntityId(key.slice(3), key.slice(0, 2))));

/**
 * Places whose name is written without its apostrophe only as something else: "Hail" is the
 * weather (SUBTLEX lists it capitalised, for "Hail Mary", so the word list misses it) and
 * "Marino" a surname and half of San Marino. These keep their GeoNames spelling alone.
 */
export const NO_SPELLING_WITHOUT_APOSTROPHE: ReadonlySet<string> = new Set(["SA:Ha'il", 'RU:Mar’ino']);

/**
 * Cities news names otherwise than GeoNames where GeoNames' name is their province's or
 * country's too, or an English word: "Quebec" in the news is the province, and its capital is
 * "Quebec City"; "Panamá" is the country; "Gent" a word, and the city "Ghent". The city takes
 * this name, and the bare one is left to the region ("Gaza" to the Strip).
 */
export const NEWS_NAMES: Readonly<Record<string, string>> = {
  'CA:Québec': 'Quebec City',
  'PS:Gaza': 'Gaza City',
  'HT:Okap': 'Cap-Haïtien',
  'BE:Gent': 'Ghent',
  'PA:Panamá': 'Panama City',
  // Renamed, or respelled, since GeoNames' name: Astana was Nur-Sultan from 2019 to 2022.
  'KZ:Nur-Sultan': 'Astana',
  'MN:Ulan Bator': 'Ulaanbaatar',
  // GeoNames marks the Arabic and Hebrew ʿayin with ‘, which is no letter of a name as English
  // news writes it (the Latin-only rule left these out): "‘Afrīn" is Afrin, "Al ‘Amārah" Amarah.
  // (Ta‘izz is not here: Taiz is a hand-written place, which takes the name first.)
  'IQ:Al ‘Amārah': 'Amarah',
  'IQ:‘Aqrah': 'Akre',
  'IQ:‘Afak': 'Afak',
  'JO:‘Ajlūn': 'Ajloun',
  'OM:‘Ibrī': 'Ibri',
  'YE:‘Amrān': 'Amran',
  'SY:I‘zāz': 'Azaz',
  'SY:‘Afrīn': 'Afrin',
  'SY:‘Ayn al ‘Arab': 'Kobani',
  'SY:‘Irbīn': 'Irbin',
  'SY:Tall Rif‘at': 'Tal Rifaat',
  'SY:Ma‘arratmişrīn': 'Maarrat Misrin',
  'IL:Modi‘in Makkabbim Re‘ut': "Modi'in-Maccabim-Re'ut",
  'IL:Rosh Ha‘Ayin': 'Rosh HaAyin',
  'IL:Migdal Ha‘Emeq': 'Migdal HaEmek',
  'SA:Qal‘at Bīshah': 'Bisha',
  'SA:Abū ‘Arīsh': 'Abu Arish',
  'SA:Al-`Ula': 'AlUla',
  'BH:Ar Rifā‘': 'Riffa',
  'BH:Madīnat ‘Īsá': 'Isa Town',
  'IR:‘Ajab Shīr': 'Ajabshir',
  'TO:Nuku‘alofa': "Nuku'alofa",
};
