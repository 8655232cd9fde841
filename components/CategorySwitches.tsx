import { ENTITY_TYPES } from '@/utils/knowledge/types';
import type { Categories } from '@/utils/settings';
import { t } from '@/utils/i18n';
import { TYPES_LABEL } from '@/utils/card/type-labels';
import { Toggle } from './Toggle';

export interface CategorySwitchesProps {
  categories: Categories;
  onChange: (categories: Categories) => void;
}


/** One switch per kind of entity the reader wants marked (popup and options page alike). */
export function CategorySwitches({ categories, onChange }: CategorySwitchesProps) {
  return (
    <fieldset class="choices" data-testid="categories">
      <legend>{t('categories')}</legend>
      {ENTITY_TYPES.map((type) => (
        <Toggle key={type} label={t(TYPES_LABEL[type])} checked={categories[type]} testId={`category-${type}`} onChange={(v) => onChange({ ...categories, [type]: v })} />
      ))}
    </fieldset>
  );
}
