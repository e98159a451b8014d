import { describe, expect, it } from 'vitest';
import { describeFilter, domainVisible, filterQuery, levelVisible, parseFilter, showEverything } from '../../../src/reference/thresholds/filter';

const domains = ['physical-health', 'parenting-skills'];

describe('parseFilter', () => {
  it('reads a domain and a level from the address', () => {
    expect(parseFilter('?domain=physical-health&level=3', domains)).toEqual({ domain: 'physical-health', level: '3' });
  });
  it('falls back to everything for missing or unknown values', () => {
    expect(parseFilter('', domains)).toEqual(showEverything);
    expect(parseFilter('?domain=nope&level=5', domains)).toEqual(showEverything);
  });
});

describe('filterQuery', () => {
  it('round-trips through parseFilter', () => {
    const state = { domain: 'parenting-skills', level: '2' } as const;
    expect(parseFilter(filterQuery(state), domains)).toEqual(state);
  });
  it('is empty when everything is shown', () => {
    expect(filterQuery(showEverything)).toBe('');
    expect(filterQuery({ domain: 'all', level: '4' })).toBe('?level=4');
  });
});

describe('visibility', () => {
  it('shows every domain and level when nothing is chosen', () => {
    expect(domainVisible(showEverything, 'physical-health')).toBe(true);
    expect(levelVisible(showEverything, '1')).toBe(true);
  });
  it('shows only the chosen domain and level', () => {
    const state = { domain: 'physical-health', level: '3' } as const;
    expect(domainVisible(state, 'physical-health')).toBe(true);
    expect(domainVisible(state, 'parenting-skills')).toBe(false);
    expect(levelVisible(state, '3')).toBe(true);
    expect(levelVisible(state, '4')).toBe(false);
  });
});

describe('describeFilter', () => {
  it('says what is shown, in words', () => {
    expect(describeFilter(showEverything)).toBe('Showing every domain at all levels.');
    expect(describeFilter({ domain: 'physical-health', level: '2' }, 'Physical Health')).toBe('Showing Level 2 only for Physical Health.');
    expect(describeFilter({ domain: 'all', level: '4' })).toBe('Showing Level 4 only for every domain.');
  });
});
