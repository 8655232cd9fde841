import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PackImport } from '@/components/PackImport';

describe('PackImport', () => {
  afterEach(cleanup);

  it('hands pasted JSON over', () => {
    const onImport = vi.fn();
    render(<PackImport errors={null} installed={false} onImport={onImport} />);
    fireEvent.input(screen.getByTestId('pack-text'), { target: { value: '{"a":1}' } });
    fireEvent.click(screen.getByTestId('pack-add'));
    expect(onImport).toHaveBeenCalledWith('{"a":1}', 'Pasted pack');
  });

  it('shows every error with its field path', () => {
    render(
      <PackImport
        errors={[
          { path: 'entities[0].name', message: 'must not contain HTML (< or >)' },
          { path: 'entities[2].sources[0].url', message: 'must be an https:// URL' },
        ]}
        installed={false}
        onImport={() => undefined}
      />,
    );
    const items = screen.getAllByTestId('pack-error').map((li) => li.textContent);
    expect(items).toEqual(['entities[0].name must not contain HTML (< or >)', 'entities[2].sources[0].url must be an https:// URL']);
    expect(screen.getByRole('alert')).toBeTruthy();
  });
});
