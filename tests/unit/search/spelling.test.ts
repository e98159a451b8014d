import { describe, expect, it } from 'vitest';
import { closestWord, editDistance, suggestSpelling, vocabularyWords } from '../../../src/search/spelling';

const vocabulary = ['MASH', 'MARF', 'safeguarding', 'referral', 'fostering', 'private', 'escalation', 'contacts'];

describe('editDistance', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('mahs', 'mash')).toBe(1);
    expect(editDistance('referal', 'referral')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
});

describe('closestWord', () => {
  it('corrects a near miss and keeps the vocabulary spelling', () => {
    expect(closestWord('mahs', vocabulary)).toBe('MASH');
    expect(closestWord('safegaurding', vocabulary)).toBe('safeguarding');
  });
  it('leaves known words and distant words alone', () => {
    expect(closestWord('Referral', vocabulary)).toBeNull();
    expect(closestWord('banana', vocabulary)).toBeNull();
    expect(closestWord('cat', vocabulary)).toBeNull();
  });
});

describe('suggestSpelling', () => {
  it('corrects each misspelt word of a query, or gives null', () => {
    expect(suggestSpelling('privat fosterring', vocabulary)).toBe('private fostering');
    expect(suggestSpelling('MASH referral', vocabulary)).toBeNull();
  });
});

describe('vocabularyWords', () => {
  it('splits hyphenated words, drops short ones and keeps acronyms in capitals', () => {
    expect(vocabularyWords('Multi-Agency Safeguarding Hub (MASH): a CP plan')).toEqual(['multi', 'agency', 'safeguarding', 'hub', 'MASH', 'plan']);
  });
});
