import { factText } from '@/utils/card/fact-text';
import type { FramedFact } from '@/utils/card/time-frame';

export interface FactListProps {
  facts: FramedFact[];
}

/**
 * Key facts placed against the card's frame date: "Prime Minister of Hungary · since 2010",
 * "then Prime Minister (2019–2024)", "later: President (since 2025)".
 */
export function FactList({ facts }: FactListProps) {
  return (
    <dl class="facts" data-testid="card-facts">
      {facts.map((framed, i) => {
        const { marker, value, dates } = factText(framed);
        return (
          <div class={`fact fact-${framed.time}`} key={i} data-testid="card-fact" data-time={framed.time}>
            <dt>{framed.fact.label}</dt>
            <dd>
              {marker && <span class="fact-marker">{marker} </span>}
              {value}
              {dates && (marker ? <span class="fact-dates"> ({dates})</span> : <span class="fact-dates"> · {dates}</span>)}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
