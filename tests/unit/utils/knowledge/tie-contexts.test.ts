import { describe, expect, it } from 'vitest';
import { institutionContexts } from '@/utils/knowledge/place-contexts';
import { MAX_TIES_OF_A_TIE, MAX_WEAK_NAME_CONTEXT, tieContexts } from '@/utils/knowledge/tie-contexts';
import { make } from './make-entity';

const unitedStates = make('united-states', 'place', 'United States', ['US', 'U.S.', 'America'], [['Capital', 'Washington, D.C.'], ['Continent', 'North America']]);
const all = [unitedStates];

describe("the context of a body news calls by a weak everyday name", () => {
  const league = make('premier-league', 'organization', 'Premier League', ['EPL', { text: 'Premiership', weak: true }], [], ['united-kingdom']);
  const london = make('london', 'place', 'London', [], [['Country', 'United Kingdom']]);
  const arsenal = make('arsenal-fc', 'organization', 'Arsenal F.C.', ['Arsenal FC', { text: 'Arsenal', weak: true }], [], ['premier-league', 'london', 'united-states']);
  const arteta = make('mikel-arteta', 'person', 'Mikel Arteta', [], [], ['arsenal-fc']);
  const world = [...all, league, london, arsenal, arteta];

  it('is what is tied to it by their strong names: its league, then its people; no places, no countries', () => {
    expect(tieContexts([arsenal], world, {})).toEqual({ 'arsenal-fc': ['Premier League', 'EPL', 'Mikel Arteta'] });
    expect(institutionContexts([arsenal], world)).toEqual({});
  });

  it('is also that of a body written plainly whose name the build judged weak ("Apple", an English word)', () => {
    const apple = make('apple', 'organization', 'Apple Inc.', ['Apple'], [], ['united-states']);
    const cook = make('tim-cook', 'person', 'Tim Cook', ['Cook'], [], ['apple']);
    expect(tieContexts([apple], [apple, cook], {})).toEqual({});
    expect(tieContexts([apple], [apple, cook], {}, (e) => (e.id === 'apple' ? ['Apple'] : []))).toEqual({ apple: ['Tim Cook', 'Cook'] });
  });

  it('is a person\'s by a full name others share ("Alan Taylor" of the Bank of England), never by a family name alone', () => {
    const boe = make('bank-of-england', 'organization', 'Bank of England', ['BoE'], [], ['united-kingdom']);
    const taylor = make('alan-taylor-economist', 'person', 'Alan Taylor (economist)', [{ text: 'Alan Taylor', weak: true }], [], ['bank-of-england', 'london']);
    const pen = make('marine-le-pen', 'person', 'Marine Le Pen', [{ text: 'Le Pen', weak: true }, { text: 'Marine', weak: true }], [], ['bank-of-england']);
    expect(tieContexts([taylor, pen], [...world, boe, taylor, pen], {})).toEqual({ 'alan-taylor-economist': ['Bank of England'] });
  });

  it('is none for a body whose names are all strong', () => {
    const fifa = make('fifa', 'organization', 'FIFA', ['Fédération Internationale de Football Association'], [], ['premier-league']);
    expect(tieContexts([fifa], [...world, fifa], {})).toEqual({});
  });

  it("leaves an institution under a shared name to its institution's context", () => {
    expect(tieContexts([arsenal], world, { 'arsenal-fc': ['United Kingdom'] })).toEqual({});
  });

  it("is none from ties for initials (\"EPA\"): its country alone, for initials of three letters no agency goes by", () => {
    const epa = make('environmental-protection-agency', 'organization', 'Environmental Protection Agency', [{ text: 'EPA', weak: true }], [['Country', 'United States']], ['united-states']);
    const zeldin = make('lee-zeldin', 'person', 'Lee Zeldin', [], [], ['environmental-protection-agency']);
    // Without a photo agency of those initials, the country and its capital settle them.
    expect(tieContexts([epa], [...world, epa, zeldin], {})).toEqual({ 'environmental-protection-agency': ['United States', 'US', 'U.S.', 'America', 'Washington, D.C.', 'American'] });
    // A credit's "EPA" is the photo agency's, whatever the story's country (the agency's own initials are written "epa").
    const agency = make('epa-images', 'organization', 'European Pressphoto Agency', [{ text: 'epa', weak: true }]);
    agency.description = 'International news photo agency.';
    expect(tieContexts([epa], [...world, epa, zeldin, agency], {})).toEqual({});
    // An agency's initials that another body shares ("PTI": the Press Trust of India, Pakistan's party) are settled by neither's country.
    const india = make('india', 'place', 'India', [], [['Capital', 'New Delhi'], ['Continent', 'Asia']]);
    const pakistan = make('pakistan', 'place', 'Pakistan', [], [['Capital', 'Islamabad'], ['Continent', 'Asia']]);
    const trust = make('press-trust-of-india', 'organization', 'Press Trust of India', [{ text: 'PTI', weak: true }], [['Country', 'India']], ['india']);
    trust.description = 'Indian news agency.';
    const party = make('pti', 'organization', 'Pakistan Tehreek-e-Insaf', [{ text: 'PTI', weak: true }], [['Country', 'Pakistan']], ['pakistan']);
    expect(tieContexts([trust, party], [...world, india, pakistan, trust, party], {})).toEqual({});
    // An outlet's own initials that no one else has are its country's ("ERR"), by its name, its capital
    // and its people's ("Indian"), which a story says more often than the country's name.
    expect(tieContexts([trust], [...world, india, trust], {})).toEqual({ 'press-trust-of-india': ['India', 'New Delhi', 'Indian'] });
    // Two letters are too widely shared ("PA"); an international body's seat says nothing ("ICC" and the Netherlands' capital).
    const pa = make('palestinian-authority', 'organization', 'Palestinian Authority', [{ text: 'PA', weak: true }], [['Country', 'United States']], ['united-states']);
    const icc = make('international-criminal-court', 'organization', 'International Criminal Court', [{ text: 'ICC', weak: true }], [], ['united-states']);
    expect(tieContexts([pa, icc], [...world, pa, icc], {})).toEqual({});
  });

  it(`leaves out a name tied to more than ${MAX_TIES_OF_A_TIE} entities, which is in too many stories`, () => {
    const owner = make('big-owner', 'person', 'Famous Owner', [], [], ['arsenal-fc']);
    const followers = Array.from({ length: MAX_TIES_OF_A_TIE + 1 }, (_, i) => make(`body-${i}`, 'organization', `Body Number${i}`, [], [], ['big-owner']));
    expect(tieContexts([arsenal], [...world, owner, ...followers], {})['arsenal-fc']).toEqual(['Premier League', 'EPL', 'Mikel Arteta']);
  });

  it('keeps a company the entry names as related, however much is tied to it: "Apple" beside Google', () => {
    const busy = (id: string, name: string, description: string) => ({ ...make(id, 'organization', name, [], [], ['apple']), description });
    const apple = { ...make('apple', 'organization', 'Apple Inc.', [{ text: 'Apple', weak: true }], [], ['google', 'un']), description: 'American technology company.' };
    const google = busy('google', 'Google', 'American internet company.');
    const un = busy('un', 'United Nations', 'Intergovernmental organisation.');
    // Google and the UN, each tied to more bodies than the cap allows.
    const followers = ['google', 'un'].flatMap((id) => Array.from({ length: MAX_TIES_OF_A_TIE + 1 }, (_, i) => make(`${id}-${i}`, 'organization', `Body Number${id}${i}`, [], [], [id])));
    // The UN is no company: a story that names it says nothing of Apple.
    expect(tieContexts([apple], [apple, google, un, ...followers], {}).apple).toEqual(['Google']);
  });

  it('is an event\'s by its one-word or numbered weak name only ("Wimbledon", "14th Party Congress"; not "January 6")', () => {
    const wimbledon = make('wimbledon', 'event', 'Wimbledon Championships', [{ text: 'Wimbledon', weak: true }]);
    const sinner = make('jannik-sinner', 'person', 'Jannik Sinner', [], [], ['wimbledon']);
    const capitol = make('january-6', 'event', 'January 6 United States Capitol attack', [{ text: 'January 6', weak: true }]);
    const rioter = make('some-rioter', 'person', 'Some Rioter', [], [], ['january-6']);
    const cpv = make('communist-party-of-vietnam', 'organization', 'Communist Party of Vietnam', ['CPV'], []);
    const congress = make('14th-congress', 'event', '14th National Congress of the Communist Party of Vietnam', [{ text: '14th Party Congress', weak: true }], [], ['communist-party-of-vietnam']);
    expect(tieContexts([wimbledon, capitol, congress], [...world, wimbledon, sinner, capitol, rioter, cpv, congress], {})).toEqual({
      wimbledon: ['Jannik Sinner'],
      '14th-congress': ['Communist Party of Vietnam', 'CPV'],
    });
  });

  it('holds a whole squad written two ways each: a story naming the twentieth player of the list still settles "Arsenal"', () => {
    // Players as the knowledge writes them: a full name and a bare surname, each a name of the context.
    const squad = Array.from({ length: 20 }, (_, i) => make(`player-${i}`, 'person', `Player Number${i}`, [`Number${i}`], [], ['arsenal-fc']));
    expect(tieContexts([arsenal], [...world, ...squad], {})['arsenal-fc']).toContain('Player Number19');
  });

  it(`holds at most ${MAX_WEAK_NAME_CONTEXT} names, or fewer when asked (every page carries its own bodies')`, () => {
    const players = Array.from({ length: MAX_WEAK_NAME_CONTEXT + 8 }, (_, i) => make(`player-${i}`, 'person', `Player Number${i}`, [], [], ['arsenal-fc']));
    expect(tieContexts([arsenal], [...world, ...players], {})['arsenal-fc']).toHaveLength(MAX_WEAK_NAME_CONTEXT);
    expect(tieContexts([arsenal], [...world, ...players], {}, undefined, undefined, 3)['arsenal-fc']).toEqual(['Premier League', 'EPL', 'Mikel Arteta']);
  });
  it('holds first the body a weak name leaves off, however much is tied to it: "Security Council" of "UN Security Council"', () => {
    const un = make('united-nations', 'organization', 'United Nations', ['UN']);
    const council = make('un-security-council', 'organization', 'United Nations Security Council', ['UN Security Council', { text: 'Security Council', weak: true }], [], ['united-nations']);
    const force = make('gang-force', 'organization', 'Gang Suppression Force', [], [], ['un-security-council']);
    const members = Array.from({ length: MAX_TIES_OF_A_TIE + 1 }, (_, i) => make(`agency-${i}`, 'organization', `Agency Number${i}`, [], [], ['united-nations']));
    expect(tieContexts([council], [...world, un, council, force, ...members], {})['un-security-council']).toEqual(['United Nations', 'UN', 'Gang Suppression Force']);
    // A body tied to it that the weak name does not leave off stays out, as before.
    const assembly = make('un-assembly', 'organization', 'General Assembly', [{ text: 'Assembly', weak: true }], [], ['united-nations']);
    expect(tieContexts([assembly], [...world, un, assembly, ...members], {})).toEqual({});
  });

  it('holds first the country a weak name leaves off: "National Security and Defence Council" of Ukraine\'s', () => {
    const ukraine = make('ukraine', 'place', 'Ukraine', [], [['Capital', 'Kyiv'], ['Continent', 'Europe']]);
    const nsdc = make('nsdc-ukraine', 'organization', 'National Security and Defence Council of Ukraine', [{ text: 'National Security and Defence Council', weak: true }], [], ['ukraine']);
    const umerov = make('rustem-umerov', 'person', 'Rustem Umerov', [], [], ['nsdc-ukraine']);
    expect(tieContexts([nsdc], [...world, ukraine, nsdc, umerov], {})['nsdc-ukraine']).toEqual(['Ukraine', 'Rustem Umerov']);
    // Not a name of two words that every country's body has: "Attorney General" beside Pam Bondi in a story naming Ukraine once.
    const prosecutor = make('ag-ukraine', 'organization', 'Attorney General of Ukraine', [{ text: 'Attorney General', weak: true }], [], ['ukraine']);
    const holder = make('some-prosecutor', 'person', 'Some Prosecutor', [], [], ['ag-ukraine']);
    expect(tieContexts([prosecutor], [...world, ukraine, prosecutor, holder], {})['ag-ukraine']).toEqual(['Some Prosecutor']);
  });

  it("takes no city for a parent: a club's town says nothing of \"Giants\"", () => {
    const newYork = make('new-york', 'place', 'New York', [], [['Country', 'United States']]);
    const giants = make('ny-giants', 'organization', 'New York Giants', [{ text: 'Giants', weak: true }], [], ['new-york']);
    expect(tieContexts([giants], [...world, newYork, giants], {})).toEqual({});
  });
});
