import { describe, expect, it } from 'vitest';
import english from '../../../../public/_locales/en/messages.json';
import { TYPE_LABEL, TYPES_LABEL } from '@/utils/card/type-labels';
import { ENTITY_TYPES } from '@/utils/knowledge/types';

describe('the entity type labels', () => {
  it('name every kind of entity, in the singular and the plural, with a message the locale has', () => {
    for (const table of [TYPE_LABEL, TYPES_LABEL]) {
      expect(Object.keys(table).sort()).toEqual([...ENTITY_TYPES].sort());
      for (const key of Object.values(table)) expect(english, key).toHaveProperty(key);
    }
    expect(new Set([...Object.values(TYPE_LABEL), ...Object.values(TYPES_LABEL)]).size).toBe(2 * ENTITY_TYPES.length);
  });
});
