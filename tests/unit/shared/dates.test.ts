import { describe, expect, it } from 'vitest';
import { formatDate, isoDay } from '../../../src/shared/dates';

describe('formatDate', () => {
  it('writes a calendar day as that day, whatever the time zone of the machine', () => {
    expect(formatDate('2026-11-22')).toBe('22 November 2026');
    expect(formatDate('2026-01-01')).toBe('1 January 2026');
  });
  it('writes a moment as its day', () => {
    expect(formatDate(new Date(2026, 10, 22, 15, 30))).toBe('22 November 2026');
    expect(formatDate(new Date(2026, 10, 22, 15, 30).toISOString())).toBe('22 November 2026');
  });
  it('leaves text that is not a date as it is', () => {
    expect(formatDate('sometime')).toBe('sometime');
  });
});

describe('isoDay', () => {
  it('gives the calendar day for file names', () => {
    expect(isoDay(new Date('2026-11-22T10:00:00Z'))).toBe('2026-11-22');
  });
});
