import type { EntityType } from '../knowledge/types';
import type { t } from '../i18n';

type MessageKey = Parameters<typeof t>[0];

/** One entity's kind, as a card's chip and a look-up result say it: "Person". */
export const TYPE_LABEL: Record<EntityType, MessageKey> = {
  person: 'typePerson',
  organization: 'typeOrganization',
  place: 'typePlace',
  event: 'typeEvent',
  weapon: 'typeWeapon',
};

/** A kind of entity as a group or a switch names it: "People". */
export const TYPES_LABEL: Record<EntityType, MessageKey> = {
  person: 'typesPerson',
  organization: 'typesOrganization',
  place: 'typesPlace',
  event: 'typesEvent',
  weapon: 'typesWeapon',
};
