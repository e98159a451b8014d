import { describe, expect, it } from 'vitest';
import { caseParts, partHeading } from '../../../src/reference/cases/parts';
import { byOrder } from '../../../src/reference/order';
import { changesByDate } from '../../../src/reference/about/changes';
import { glossaryByLetter } from '../../../src/reference/glossary/by-letter';
import { domainLabel, indicatorGroups } from '../../../src/reference/thresholds/tables';

describe('byOrder', () => {
  it('sorts by order', () => {
    const list = [{ id: 'b', data: { order: 2 } }, { id: 'a', data: { order: 1 } }];
    expect(byOrder(list, 'x').map((e) => e.id)).toEqual(['a', 'b']);
  });
  it('names both entries when two share an order', () => {
    expect(() => byOrder([{ id: 'a', data: { order: 1 } }, { id: 'b', data: { order: 1 } }], 'content/cases')).toThrow(/content\/cases: "a" and "b" both have order 1/);
  });
});

describe('case parts', () => {
  it('follows the guidance: worried, going well, needs to happen, next steps, 3 months later', () => {
    expect(caseParts.map((p) => p.heading)).toEqual(['What are we worried about?', 'What is going well?', 'What needs to happen?', 'Next steps', '3 months later']);
    expect(partHeading('nextSteps')).toBe('Next steps');
    expect(partHeading('caption')).toBe('Caption');
  });
});

describe('changesByDate', () => {
  it('groups by day, newest first, keeping file order within a day', () => {
    const out = changesByDate([
      { id: '2026-11-22-a', date: '2026-11-22', summary: 'A' },
      { id: '2026-12-01-c', date: '2026-12-01', summary: 'C' },
      { id: '2026-11-22-b', date: '2026-11-22', summary: 'B' },
    ]);
    expect(out.map((d) => [d.date, d.entries.map((e) => e.summary)])).toEqual([['2026-12-01', ['C']], ['2026-11-22', ['A', 'B']]]);
  });
});

describe('glossaryByLetter', () => {
  it('groups by first letter and sorts terms ignoring case', () => {
    const out = glossaryByLetter([
      { id: 'mash', term: 'MASH' },
      { id: 'a-and-e', term: 'A&E' },
      { id: 'marf', term: 'MARF' },
      { id: 'aces', term: 'ACEs' },
    ]);
    expect(out.map((g) => [g.letter, g.entries.map((e) => e.term)])).toEqual([['A', ['A&E', 'ACEs']], ['M', ['MARF', 'MASH']]]);
  });
});

describe('threshold helpers', () => {
  it('adds the qualifier where a domain name is printed twice', () => {
    expect(domainLabel({ domain: 'Crime and Anti-Social Behaviour', qualifier: 'first row' })).toBe('Crime and Anti-Social Behaviour (first row)');
    expect(domainLabel({ domain: 'Physical Health' })).toBe('Physical Health');
  });
  it('splits rows into the two printed tables, child first', () => {
    const rows = [
      { id: 'p1', data: { group: 'parents-and-carers' as const, order: 1 } },
      { id: 'c2', data: { group: 'child' as const, order: 2 } },
      { id: 'c1', data: { group: 'child' as const, order: 1 } },
    ];
    expect(indicatorGroups(rows).map((g) => [g.id, g.rows.map((r) => r.id)])).toEqual([['child', ['c1', 'c2']], ['parents-and-carers', ['p1']]]);
  });
});
