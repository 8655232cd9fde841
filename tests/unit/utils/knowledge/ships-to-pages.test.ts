import { describe, expect, it } from 'vitest';
import { shipsToPages } from '@/utils/knowledge/compile';
import { entity } from '../matching/knowledge-matcher';

/** Whether a hand-researched person holding `office` ships in the page part. */
const shipsWith = (office: string) => shipsToPages('people/western-europe.json', entity('person', 'Some Holder', [], [office]));

describe('which people ship in the page part', () => {
  it.each([
    'President of France',
    'Prime Minister of the United Kingdom',
    'Chancellor of Germany',
    'Chancellor of the Exchequer',
    'Minister of Foreign Affairs of Poland',
    'Secretary of State for Foreign, Commonwealth and Development Affairs',
    'Secretary of State',
    'Secretary of State of the United States',
    'Minister of Defence of Ukraine',
    'Premier of the People\'s Republic of China',
    'Secretary-General of the United Nations',
    'President of the European Council',
  ])('ships the holder of %s: news names them most', (office) => expect(shipsWith(office)).toBe(true));

  it.each(['President and chief executive of Boeing', 'President of JAXA, succeeding Naoki Okumura', 'President of Azerbaijan Airlines (AZAL)', 'President of the Japan Aerospace Exploration Agency', 'President and CEO of the Federal Reserve Bank of Chicago', 'Secretary of State for Education', 'Chancellor of the University of the Arts London', "Chancellor of Queen's University Belfast", 'Minister of Health of Italy', 'Mayor of London', 'Premier of Ontario', 'Premier of New South Wales', 'President of the European Central Bank', 'President of the International Olympic Committee',
    'President of basketball operations of the San Antonio Spurs', 'President of the Aix-Marseille-Provence Metropolis', 'President of the Hannover Region', 'Secretary of State of Maine', 'President and Director-Counsel of the NAACP Legal Defense Fund',
    'President of the Senate of France', 'President of the Florida Senate for the 2024–2026 term', 'President of the Croatian Social Liberal Party (HSLS)', 'President of the Supreme Judicial Council of Iraq', 'Secretary-General of the Islamic Action Front'])(
    'leaves the holder of %s to the background',
    (office) => expect(shipsWith(office)).toBe(false),
  );

  it('leaves Congress to the background, whatever the office', () => {
    expect(shipsToPages('people/congress/senate.json', entity('person', 'Some Senator', [], ['President pro tempore of the United States Senate']))).toBe(false);
  });
});

describe('which entities ship in the page part for a name in lower case', () => {
  it('ships one whose alias starts in lower case ("the war in Ukraine"), which the background\'s filter would not see', () => {
    expect(shipsToPages('events/wars.json', entity('event', 'Russo-Ukrainian war', ['the war in Ukraine']))).toBe(true);
  });

  it('leaves one whose lower-case alias opens with the Arabic article ("al-Badri") to the background, whose filter reads the article', () => {
    expect(shipsToPages('people/iraq.json', entity('person', 'Bassem al-Badri', ['al-Badri']))).toBe(false);
    expect(shipsToPages('places/sudan.json', entity('place', 'El Fasher', ['el-Fasher']))).toBe(false);
  });
});
