import { describe, expect, it } from 'vitest';
import { parseWorkHistory } from '../src/adopt/work-history';

describe('parseWorkHistory', () => {
  it('reads lines of "title, company (from - to)" in the usual spellings', () => {
    expect(
      parseWorkHistory(
        'CISO, Northwind Bank (2019-04 - present)\nHead of Security at Contoso, Feb 2014 – March 2019\n' +
          'Analyst @ Fabrikam 2010/9 to 2014/1',
      ),
    ).toEqual([
      { title: 'CISO', company: 'Northwind Bank', from: '2019-04', to: null },
      { title: 'Head of Security', company: 'Contoso', from: '2014-02', to: '2019-03' },
      { title: 'Analyst', company: 'Fabrikam', from: '2010-09', to: '2014-01' },
    ]);
  });

  it('reads a JSON list of roles with start/end or from/to', () => {
    expect(
      parseWorkHistory(
        '[{"company":"Fabrikam","title":"CTO","startDate":"2016-04","endDate":null},' +
          '{"company":"Litware","title":"VP","from":"2011-01","to":"2016-03"}]',
      ),
    ).toEqual([
      { company: 'Fabrikam', title: 'CTO', from: '2016-04', to: null },
      { company: 'Litware', title: 'VP', from: '2011-01', to: '2016-03' },
    ]);
  });

  it('keeps the text when any part does not read, rather than invent a month', () => {
    expect(parseWorkHistory('Twenty years in banking, mostly risk.')).toBeNull();
    expect(parseWorkHistory('CTO, Acme (2015 - 2019)')).toBeNull();
    expect(parseWorkHistory('CTO, Acme (2015-01 - 2019-13)')).toBeNull();
    expect(parseWorkHistory('CTO, Acme (2015-01 - present)\nthen consulting')).toBeNull();
    expect(parseWorkHistory('[{"company":"Acme"}]')).toBeNull();
    expect(parseWorkHistory('[not json')).toBeNull();
    expect(parseWorkHistory('   ')).toBeNull();
  });
});
