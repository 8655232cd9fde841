import { describe, expect, it } from 'vitest';
import { isGenericInstitution } from '@/utils/knowledge/generic-names';

describe('names many countries give their own institutions', () => {
  it.each([
    'Labour Party', 'the Labour Party', 'Labor Party', 'Conservative Party', 'Democratic Party', 'Republicans',
    'House of Commons', 'Supreme Court', 'Federal Supreme Court', 'Supreme Federal Court', 'the Constitutional Court', 'Parliament', 'Ministry of Defence', 'Foreign Ministry', 'Security Service', 'Central Election Commission',
    'Ministry of National Defence', 'Ministry of Internal Affairs', 'Ministry for Foreign Affairs', 'General Staff', 'Central Electoral Commission',
    'Department of Justice', 'Department of Agriculture', 'Department of the Treasury', 'the Treasury', 'Congress', 'the House',
    // Stop 53's probe: Argentina's and Italy's chambers, Latin America's electoral councils, Libya's council, Pakistan's Foreign Office.
    'Chamber of Deputies', 'National Electoral Council', 'Supreme Electoral Tribunal', 'Presidential Council', 'Politburo', 'State Senate', 'Foreign Office', 'Freedom Party', 'Progress Party', 'Moderates',
    // Stop 59's probe: Italy's judges' council, named as France's, Poland's and others' are.
    'High Council of the Judiciary', 'Superior Council of the Magistracy', 'National Council of the Judiciary', 'High Judicial Council', 'Central Military Commission',
    // Stop 60's probe: America's founding text, and Armenia's of 1990.
    'Declaration of Independence', 'the Declaration of Independence',
  ])('%s is generic: the page\'s country decides', (name) => expect(isGenericInstitution(name)).toBe(true));

  it.each(['UK Labour Party', 'Labour Party (Norway)', 'European Parliament', 'Verkhovna Rada', 'Bundeswehr', 'US Supreme Court', 'Democratic Party of Korea', 'Labourer', 'US Department of Justice', 'Department of Homeland Security', 'HM Treasury', 'US Treasury', 'US Congress', 'Congress party', 'House of the People', 'White House', 'Chamber of Commerce', 'Freedom Caucus', 'Italian Chamber of Deputies', 'Judicial Council of California', 'US Declaration of Independence'])(
    '%s names one institution',
    (name) => expect(isGenericInstitution(name)).toBe(false),
  );
});
