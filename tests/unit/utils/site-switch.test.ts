import { describe, expect, it } from 'vitest';
import { isActiveOn, isActiveOnStored } from '@/utils/site-switch';

describe('the site switch', () => {
  it('decides per site', () => {
    expect(isActiveOn({ enabled: true, disabledSites: ['https://a.com'] }, 'https://a.com')).toBe(false);
    expect(isActiveOn({ enabled: true, disabledSites: ['https://a.com'] }, 'https://b.com')).toBe(true);
    expect(isActiveOn({ enabled: false, disabledSites: [] }, 'https://b.com')).toBe(false);
  });

  it('decides the same from the values as stored, reading invalid ones as the settings do', () => {
    expect(isActiveOnStored({}, 'https://a.com')).toBe(true);
    expect(isActiveOnStored({ enabled: false }, 'https://a.com')).toBe(false);
    expect(isActiveOnStored({ disabledSites: ['https://a.com'] }, 'https://a.com')).toBe(false);
    // Corrupted: "yes" is no boolean (on, the fallback); a list with junk is no list (none off).
    expect(isActiveOnStored({ enabled: 'yes', disabledSites: ['https://a.com', 42] }, 'https://a.com')).toBe(true);
  });
});
