import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { TimeZoneSelect } from './time-zone-select';

afterEach(cleanup);

describe('<TimeZoneSelect/>', () => {
  it('names zones as people read them and sends the IANA id', async () => {
    let picked = '';
    render(
      <TimeZoneSelect
        aria-label="Time zone"
        zones={['Europe/Berlin', 'America/New_York']}
        defaultValue="Europe/Berlin"
        onChange={(e) => {
          picked = e.target.value;
        }}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Time zone' });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Europe/Berlin',
      'America/New York',
    ]);
    await userEvent.selectOptions(select, 'America/New York');
    expect(picked).toBe('America/New_York');
  });

  it('offers every zone the browser knows by default, after its own first choices', () => {
    render(
      <TimeZoneSelect aria-label="Time zone">
        <option value="">This browser's</option>
      </TimeZoneSelect>,
    );
    const options = screen.getAllByRole('option');
    expect(options[0]?.textContent).toBe("This browser's");
    expect(options).toHaveLength(Intl.supportedValuesOf('timeZone').length + 1);
  });
});
