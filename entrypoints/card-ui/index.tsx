import { render } from 'preact';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import cardCss from '@/assets/card.css?inline';
import { HoverCard } from '@/components/HoverCard';
import { CARD_UI_KEY, type CardUi } from '@/utils/card/card-ui';
import { isSheetViewport, placeCard, placeSheet } from '@/utils/card/placement';

/**
 * The card's UI (Preact, the card components, its stylesheet and placement), loaded by the
 * page part when a reader first rests on a name (see `loadCardUi`): not a manifest script, so
 * pages where no card opens never compile it.
 */
export default defineUnlistedScript(() => {
  const ui: CardUi = {
    css: cardCss,
    render: (props, container) => render(props ? <HoverCard {...props} /> : null, container),
    placeCard,
    placeSheet,
    isSheetViewport,
  };
  (globalThis as { [CARD_UI_KEY]?: CardUi })[CARD_UI_KEY] = ui;
});
