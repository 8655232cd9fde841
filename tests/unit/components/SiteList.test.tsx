import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteList } from '@/components/SiteList';
import { ShortcutList } from '@/components/ShortcutList';

describe('SiteList', () => {
  afterEach(cleanup);

  it('lists added and switched-off sites by host, each undoable', () => {
    const onRemoveAdded = vi.fn();
    const onSwitchBackOn = vi.fn();
    render(<SiteList added={['https://news.example']} switchedOff={['https://blog.example:8080', 'http://old.example']} onRemoveAdded={onRemoveAdded} onSwitchBackOn={onSwitchBackOn} />);
    expect(screen.getAllByTestId('site-added').map((li) => li.textContent)).toEqual(['news.example Stop running on this site']);
    expect(screen.getAllByTestId('site-off').map((li) => li.dataset.origin)).toEqual(['https://blog.example:8080', 'http://old.example']);
    fireEvent.click(screen.getAllByTestId('site-on-again')[1]);
    expect(onSwitchBackOn).toHaveBeenCalledWith('http://old.example');
    fireEvent.click(screen.getByTestId('site-remove'));
    expect(onRemoveAdded).toHaveBeenCalledWith('https://news.example');
  });

  it('says so when there is nothing to list', () => {
    render(<SiteList added={[]} switchedOff={[]} onRemoveAdded={vi.fn()} onSwitchBackOn={vi.fn()} />);
    expect(screen.getAllByText('None.')).toHaveLength(2);
  });
});

describe('ShortcutList', () => {
  afterEach(cleanup);

  it('shows each command with its keys, or that none is set, and where each browser changes them', () => {
    const shortcuts = [
      { name: 'open-first-card', description: 'Open the first card', shortcut: 'Alt+Shift+K' },
      { name: 'next-mention', description: 'Next mention', shortcut: '' },
    ];
    const { rerender } = render(<ShortcutList shortcuts={shortcuts} browserName="chrome" />);
    expect(screen.getAllByTestId('shortcut').map((r) => r.textContent)).toEqual(['Open the first cardAlt+Shift+K', 'Next mentionnot set']);
    expect(screen.getByTestId('shortcuts-how').textContent).toContain('chrome://extensions/shortcuts');
    rerender(<ShortcutList shortcuts={shortcuts} browserName="firefox" />);
    expect(screen.getByTestId('shortcuts-how').textContent).toContain('Manage Extension Shortcuts');
  });
});
