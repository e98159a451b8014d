import { describe, expect, it } from 'vitest';
import { choiceQuery, everything, parseChoice } from '../../../src/shared/select-filter';

const allowed = { colour: ['red', 'light blue'], size: ['1', '2'] };

describe('select filter choice', () => {
  it('reads allowed values from the address and "all" for anything else', () => {
    expect(parseChoice('?colour=light+blue&size=2&extra=x', allowed)).toEqual({ colour: 'light blue', size: '2' });
    expect(parseChoice('?colour=green&size=', allowed)).toEqual(everything(['colour', 'size']));
  });
  it('writes only the fields that filter, and nothing when all is shown', () => {
    expect(choiceQuery({ colour: 'all', size: '1' })).toBe('?size=1');
    expect(choiceQuery(everything(['colour', 'size']))).toBe('');
    expect(parseChoice(choiceQuery({ colour: 'light blue', size: '1' }), allowed)).toEqual({ colour: 'light blue', size: '1' });
  });
});
