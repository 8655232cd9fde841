import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PopupApp, type PopupAppProps } from '@/components/PopupApp';
import { enabledSetting, PAGE_SETTINGS } from '@/utils/settings';

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
    expect(p.onSetting).toHaveBeenCalledWith('categories', { person: true, organization: true, place: false, event: true });
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
});
