import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { TimeZonePicker } from './time-zone-picker';

afterEach(cleanup);

// A few zones as a browser names them (CLDR's old names among them), so the list renders fast.
const KNOWN = ['Europe/Berlin', 'Europe/Kiev', 'Asia/Calcutta', 'America/New_York'];

describe('<TimeZonePicker/>', () => {
  it('shows an old zone name under its current one', () => {
    render(<TimeZonePicker value="Asia/Calcutta" onChange={() => {}} />);
    expect(screen.getByRole('combobox').textContent).toContain('Asia/Kolkata');
  });

  it('finds a zone by city, lists no obsolete names, and sends the IANA id', async () => {
    let picked = '';
    render(
      <TimeZonePicker
        value="Europe/Berlin"
        known={KNOWN}
        onChange={(z) => {
          picked = z;
        }}
      />,
    );
    await userEvent.click(screen.getByRole('combobox'));
    await userEvent.type(screen.getByPlaceholderText('Search a city or zone…'), 'kyiv');
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options.some((o) => o?.includes('Europe/Kyiv'))).toBe(true);
    expect(options.some((o) => o?.includes('Europe/Kiev'))).toBe(false);
    expect(options).toHaveLength(1);
    await userEvent.click(screen.getByRole('option', { name: /Europe\/Kyiv/ }));
    expect(picked).toBe('Europe/Kyiv');
  });

  it('offers "no zone" first when a default applies', async () => {
    let picked = 'x';
    render(
      <TimeZonePicker
        value=""
        known={KNOWN}
        emptyLabel="This browser's zone"
        onChange={(z) => {
          picked = z;
        }}
      />,
    );
    expect(screen.getByRole('combobox').textContent).toContain("This browser's zone");
    await userEvent.click(screen.getByRole('combobox'));
    await userEvent.click(screen.getByRole('option', { name: /This browser's zone/ }));
    expect(picked).toBe('');
  });
});
