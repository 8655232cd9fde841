import { describe, expect, it } from 'vitest';
import { germanWire } from '@/utils/knowledge/generators/place-names';

describe('a German name as wire copy without umlauts writes it', () => {
  it.each([
    ['Baden-Württemberg', 'Baden-Wuerttemberg'],
    ['Düsseldorf', 'Duesseldorf'],
    ['Münster', 'Muenster'],
    ['Österreich', 'Oesterreich'],
    ['Gießen', 'Giessen'],
    ['Berlin', null],
  ])('%s → %s', (name, wire) => expect(germanWire(name)).toBe(wire));
});
