import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp, type PopupAppProps } from '@/components/PopupApp';
import { enabledSetting, PAGE_SETTINGS } from '@/utils/settings';
import { frameFacts } from '@/utils/card/time-frame';

const settings = Object.fromEntries(Object.entries(PAGE_SETTINGS).map(([k, s]) => [k, s.fallback])) as unknown as PopupAppProps['settings'];

function props(overrides: Partial<PopupAppProps> = {}): PopupAppProps {
  return {
    settings,
    site: { origin: 'https://www.kyivpost.com', covered: true, added: false },
    entities: [
      { id: 'viktor-orban', name: 'Viktor Orbán', type: 'person', count: 8 },
      { id: 'robert-fico', name: 'Robert Fico', type: 'person', count: 4 },
      { id: 'kyiv', name: 'Kyiv', type: 'place', count: 3 },
    ],
    onSetting: vi.fn(),
    onEnableSite: vi.fn(),
    onRemoveSite: vi.fn(),
    onChooseEntity: vi.fn(),
    onOpenOptions: vi.fn(),
    lookup: { query: '', hits: [], card: null },
    onLookupQuery: vi.fn(),
    onLookupChoose: vi.fn(),
    onLookupBack: vi.fn(),
    ...overrides,
  };
}

describe('PopupApp', () => {
  afterEach(cleanup);

  it('switches everything off', () => {
    const p = props();
    render(<PopupApp {...p} />);
    fireEvent.click(screen.getByTestId('switch-enabled'));
    expect(p.onSetting).toHaveBeenCalledWith('enabled', false);
    expect(enabledSetting.fallback).toBe(true);
  });

  it('switches this site off by adding its origin', () => {
    const p = props();
    render(<PopupApp {...p} />);
    fireEvent.click(screen.getByTestId('switch-site'));
    expect(p.onSetting).toHaveBeenCalledWith('disabledSites', ['https://www.kyivpost.com']);
  });

  it('switches a category off', () => {
    const p = props();
    render(<PopupApp {...p} />);
    fireEvent.click(screen.getByTestId('category-place'));
    expect(p.onSetting).toHaveBeenCalledWith('categories', { person: true, organization: true, place: false, event: true, weapon: true });
  });

  it('offers to enable a site outside the news list', () => {
    const p = props({ site: { origin: 'https://example.com', covered: false, added: false }, entities: null });
    render(<PopupApp {...p} />);
    expect(screen.queryByTestId('switch-site')).toBeNull();
    fireEvent.click(screen.getByTestId('enable-site'));
    expect(p.onEnableSite).toHaveBeenCalled();
    expect(screen.getByTestId('on-page-unavailable')).toBeTruthy();
  });

  it('lists the page’s entities by type, most mentioned first, and opens one', () => {
    const p = props();
    render(<PopupApp {...p} />);
    const people = screen.getByTestId('on-page-person').querySelectorAll('[data-testid="on-page-entity"]');
    expect([...people].map((b) => b.getAttribute('data-entity'))).toEqual(['viktor-orban', 'robert-fico']);
    expect(screen.getByTestId('on-page-person').querySelector('[data-testid="on-page-group-count"]')?.textContent).toBe('(2)');
    fireEvent.click(people[1]);
    expect(p.onChooseEntity).toHaveBeenCalledWith('robert-fico');
  });

  it('sets the hover delay from the slider', () => {
    const p = props();
    render(<PopupApp {...p} />);
    fireEvent.input(screen.getByTestId('hover-delay'), { target: { value: '600' } });
    expect(p.onSetting).toHaveBeenCalledWith('hoverDelayMs', 600);
  });

  it('looks names up as the reader types, and shows the chosen one\'s card', () => {
    const p = props({ lookup: { query: 'lavr', hits: [{ id: 'sergei-lavrov', type: 'person', name: 'Sergei Lavrov' }], card: null } });
    const { rerender } = render(<PopupApp {...p} />);
    fireEvent.input(screen.getByTestId('lookup-input'), { target: { value: 'lavro' } });
    expect(p.onLookupQuery).toHaveBeenCalledWith('lavro');
    fireEvent.click(screen.getByTestId('lookup-hit'));
    expect(p.onLookupChoose).toHaveBeenCalledWith('sergei-lavrov');
    const entity = {
      id: 'sergei-lavrov', type: 'person' as const, name: 'Sergei Lavrov', description: 'Russian foreign minister.',
      facts: [{ label: 'Office', value: 'Minister of Foreign Affairs of Russia', from: '2004-03-09' }],
      sources: [{ title: 'Sergei Lavrov – Wikipedia', url: 'https://en.wikipedia.org/wiki/Sergei_Lavrov' }], asOf: '2025-10-01',
    };
    rerender(<PopupApp {...p} lookup={{ query: 'lavro', hits: [], card: { entity, frame: frameFacts(entity.facts, null, '2026-12-02') } }} />);
    expect(screen.getByTestId('lookup-card-name').textContent).toBe('Sergei Lavrov');
    expect(screen.getByTestId('card-fact').textContent).toBe('OfficeMinister of Foreign Affairs of Russia · since 2004');
    fireEvent.click(screen.getByTestId('lookup-back'));
    expect(p.onLookupBack).toHaveBeenCalled();
  });

  it('says when nothing is known by the typed name', () => {
    render(<PopupApp {...props({ lookup: { query: 'zzzz', hits: [], card: null } })} />);
    expect(screen.getByTestId('lookup-none')).toBeTruthy();
  });
});
