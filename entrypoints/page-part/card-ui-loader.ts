import { CARD_UI_KEY, CARD_UI_PATH, type CardUi } from '@/utils/card/card-ui';
import { packagedModule } from '../news.content/packaged-module';

/** The card's UI, imported when a reader first rests on a name or opens a card from the keyboard. */
export const loadCardUi = packagedModule<CardUi>(CARD_UI_PATH, CARD_UI_KEY);
