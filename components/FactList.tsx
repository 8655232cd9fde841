import type { Fact } from '@/utils/knowledge/types';
import { formatFactDates } from '@/utils/card/format';

export interface FactListProps {
  facts: Fact[];
}

/** Key facts, each with its dates: "Prime Minister of Hungary · since 2010". */
export function FactList({ facts }: FactListProps) {
  return (
    <dl class="facts" data-testid="card-facts">
      {facts.map((fact, i) => {
        const dates = formatFactDates(fact);
        return (
          <div class="fact" key={i} data-testid="card-fact">
            <dt>{fact.label}</dt>
            <dd>
              {fact.value}
              {dates && <span class="fact-dates"> · {dates}</span>}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
