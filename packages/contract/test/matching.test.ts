import { describe, expect, it } from 'vitest';
import {
  comparePersons,
  type MatchProfile,
  normalizePersonName,
  personMatchKey,
  titleWords,
} from '../src/rules/matching';

const acme: MatchProfile = {
  name: 'Robert A. Smith',
  title: 'VP, Operations',
  company: 'Acme Corp.',
  geography: 'Chicago, Illinois, USA',
  workHistory: [
    { company: 'Acme Corp.', from: '2019-04' },
    { company: 'Globex Inc', from: '2012-01' },
  ],
};

describe('normalizing names and titles', () => {
  it.each([
    ['Dr. Robert A. Smith', 'smith robert'],
    ['Bob Smith', 'smith robert'],
    ['Smith, Robert A.', 'smith robert'],
    ['Robert Smith, PhD', 'smith robert'],
    ['José  Núñez', 'nunez jose'],
    ['Madonna', ''],
  ])('%s → %s', (name, key) => {
    expect(personMatchKey(name)).toBe(key);
  });

  it('keeps first and last apart', () => {
    expect(normalizePersonName('Mr. Tom J. Jones Jr.')).toEqual({ first: 'thomas', last: 'jones' });
  });

  it('spells out abbreviations and drops fillers', () => {
    expect(titleWords('VP, Operations')).toEqual(titleWords('Vice President of Operations'));
    expect(titleWords('Sr. Director')).toEqual(titleWords('Senior Director'));
    expect(titleWords('CEO')).toEqual(titleWords('Chief Executive Officer'));
  });
});

describe('comparePersons', () => {
  it('sees one person in two networks’ spellings', () => {
    const other: MatchProfile = {
      name: 'Bob Smith',
      title: 'Vice President of Operations',
      company: 'Acme Corporation',
      geography: 'Chicago, Illinois, USA',
      workHistory: [
        { company: 'Acme Corporation', from: '2019-04' },
        { company: 'Globex', from: '2012-01' },
      ],
    };
    expect(comparePersons(acme, other).same).toBe(true);
  });

  it('follows a person who moved on: a job in common and the same place', () => {
    const moved: MatchProfile = {
      ...acme,
      title: 'Chief Operating Officer',
      company: 'Initech',
      workHistory: [{ company: 'Initech', from: '2023-02' }, ...(acme.workHistory ?? [])],
    };
    expect(comparePersons(acme, moved).same).toBe(true);
  });

  it('tells namesakes apart', () => {
    const elsewhere = { ...acme, company: 'Initech', workHistory: [] };
    expect(comparePersons(acme, elsewhere).same).toBe(false);
    const otherRole = { ...acme, title: 'Senior Product Manager', workHistory: [] };
    expect(comparePersons(acme, otherRole).same).toBe(false);
    const otherFirst = { ...acme, name: 'Richard Smith' };
    expect(comparePersons(acme, otherFirst).same).toBe(false);
    const otherLast = { ...acme, name: 'Robert Smyth' };
    expect(comparePersons(acme, otherLast).same).toBe(false);
  });

  it('matches an initial to a first name', () => {
    expect(comparePersons(acme, { ...acme, name: 'R. Smith' }).same).toBe(true);
  });
});
