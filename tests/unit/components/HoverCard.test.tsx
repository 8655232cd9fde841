import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoverCard, type HoverCardProps } from '@/components/HoverCard';
import { frameFacts } from '@/utils/card/time-frame';

const entity = {
  id: 'viktor-orban',
  type: 'person' as const,
  name: 'Viktor Orbán',
  description: 'Hungarian politician.',
  facts: [
    { label: 'Office', value: 'Prime Minister of Hungary', from: '2010-05-29' },
    { label: 'Former office', value: 'Prime Minister of Hungary', from: '1998-07-06', to: '2002-05-27' },
    { label: 'Born', value: '31 May 1963', from: '1963-05-31' },
    { label: 'Party', value: 'Fidesz' },
    { label: 'Residence', value: 'Budapest' },
    { label: 'Extra', value: 'Not shown: only five facts fit' },
  ],
  sources: [{ title: 'Viktor Orbán – Wikipedia', url: 'https://en.wikipedia.org/wiki/Viktor_Orb%C3%A1n' }],
  asOf: '2025-06-30',
};

function props(overrides: Partial<HoverCardProps> = {}): HoverCardProps {
  return {
    entity,
    headingId: 'h1',
    mentionCount: 8,
    related: [{ entity: 4, name: 'Fidesz' }],
    frame: frameFacts(entity.facts, null, '2025-07-01'),
    staleSince: null,
    ambiguous: false,
    onOpenRelated: vi.fn(),
    onPrevious: vi.fn(),
    onNext: vi.fn(),
    onClose: vi.fn(),
    onHideName: vi.fn(),
    onNotThis: vi.fn(),
    ...overrides,
  };
}

describe('HoverCard', () => {
  afterEach(cleanup);

  it('is a non-modal dialog named after the entity', () => {
    render(<HoverCard {...props()} />);
    const dialog = screen.getByRole('dialog', { name: 'Viktor Orbán' });
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    expect(screen.getByTestId('card-type').textContent).toBe('Person');
  });

  it('shows up to five facts with their dates, as of today when the page has no date', () => {
    render(<HoverCard {...props()} />);
    const facts = screen.getAllByTestId('card-fact').map((f) => f.textContent);
    expect(facts).toEqual([
      'OfficePrime Minister of Hungary · since 2010',
      'Former officePrime Minister of Hungary · 1998–2002',
      'Born31 May 1963',
      'PartyFidesz',
      'ResidenceBudapest',
    ]);
    expect(screen.getByTestId('card-frame').textContent).toBe('As of today (1 July 2025)');
  });

  it('places the facts at the article\'s date: what held then first, with the present beside it', () => {
    const frame = frameFacts(entity.facts, '2001-03-04', '2025-07-01');
    render(<HoverCard {...props({ frame })} />);
    expect(screen.getByTestId('card-frame').textContent).toBe('At the time of this article (4 March 2001)');
    const facts = screen.getAllByTestId('card-fact');
    expect(facts[0].textContent).toBe('Former officethen Prime Minister of Hungary (1998–2002)');
    expect(facts[0].dataset.time).toBe('ended');
    expect(facts.map((f) => f.textContent)).toContain('Officelater: Prime Minister of Hungary (since 2010)');
  });

  it('shows mentions, related entities, the source and the date the facts hold for', () => {
    const onOpenRelated = vi.fn();
    render(<HoverCard {...props({ onOpenRelated })} />);
    expect(screen.getByTestId('card-count').textContent).toBe('Mentioned 8 times on this page');
    fireEvent.click(screen.getByText('Fidesz', { selector: 'button' }));
    expect(onOpenRelated).toHaveBeenCalledWith(4);
    const source = screen.getByTestId('card-source') as HTMLAnchorElement;
    expect(source.target).toBe('_blank');
    expect(source.rel).toBe('noopener noreferrer');
    expect(source.href).toBe(entity.sources[0].url);
    expect(screen.getByTestId('card-asof').textContent).toBe('Facts as of 30 June 2025');
    expect(screen.queryByTestId('card-stale')).toBeNull();
  });

  it('warns when the article is newer than the facts', () => {
    render(<HoverCard {...props({ staleSince: '2026-01-15' })} />);
    expect(screen.getByTestId('card-stale').textContent).toContain('15 January 2026');
  });

  it('offers "Not this one" only for surname-only mentions', () => {
    const onNotThis = vi.fn();
    const { rerender } = render(<HoverCard {...props()} />);
    expect(screen.queryByTestId('card-not-this')).toBeNull();
    rerender(<HoverCard {...props({ ambiguous: true, onNotThis })} />);
    fireEvent.click(screen.getByTestId('card-not-this'));
    expect(onNotThis).toHaveBeenCalled();
  });

  it('renders knowledge text as text, never as HTML', () => {
    render(<HoverCard {...props({ entity: { ...entity, description: '<img src=x onerror=alert(1)>' } })} />);
    expect(screen.getByTestId('card-description').textContent).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });

  it('renders without a map, and with it once it has come', () => {
    const { rerender } = render(<HoverCard {...props()} />);
    expect(screen.queryByTestId('card-map')).toBeNull();
    const map = { viewBox: '0 0 160 110', paths: [{ d: 'm1,1l5,0,0,5z', role: 'focus' as const }], dot: [3, 3] as [number, number], alt: 'Map: Kyiv, northern Ukraine' };
    rerender(<HoverCard {...props({ map })} />);
    expect(screen.getByRole('img', { name: 'Map: Kyiv, northern Ukraine' })).toBeTruthy();
  });
});
