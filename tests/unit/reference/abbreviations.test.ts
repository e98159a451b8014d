import { describe, expect, it } from 'vitest';
import { createAbbreviator } from '../../../src/reference/glossary/abbreviations';
import { isAcronym } from '../../../src/shared/text';

const terms = [
  { id: 'mash', term: 'MASH', expansion: 'Multi-Agency Safeguarding Hub' },
  { id: 'mace', term: 'MACE', expansion: 'Multi-Agency Child Exploitation panel' },
  { id: 'macse', term: 'MACSE', expansion: null },
  { id: 'a-and-e', term: 'A&E', expansion: 'Accident and Emergency' },
  { id: 'fii', term: 'FII', expansion: 'Fabricated or Induced Illness', aliases: ['FI'] },
  { id: 'signs-of-safety', term: 'Signs of Safety', expansion: null },
];

describe('isAcronym', () => {
  it('accepts words written as acronyms', () => {
    for (const t of ['MASH', 'A&E', 'GCP2', 'SCRs', 'FI']) expect(isAcronym(t), t).toBe(true);
  });
  it('rejects words and phrases', () => {
    for (const t of ['Cafcass', 'Signs of Safety', 'S47', 'Level 1']) expect(isAcronym(t), t).toBe(false);
  });
});

describe('createAbbreviator', () => {
  it('marks the first use of an acronym on the page and leaves later uses plain', () => {
    const abbr = createAbbreviator(terms);
    expect(abbr('Call MASH. MASH will advise.')).toEqual([
      { kind: 'text', text: 'Call ' },
      { kind: 'abbr', text: 'MASH', id: 'mash', expansion: 'Multi-Agency Safeguarding Hub' },
      { kind: 'text', text: '. MASH will advise.' },
    ]);
    expect(abbr('Ask MASH again')).toEqual([{ kind: 'text', text: 'Ask MASH again' }]);
  });
  it('matches whole words only and prefers the longest term', () => {
    const abbr = createAbbreviator(terms);
    const out = abbr('MACSE is not MACE; MASHED is not an acronym');
    expect(out.filter((s) => s.kind === 'abbr').map((s) => s.text)).toEqual(['MACSE', 'MACE']);
  });
  it('marks acronyms the documents never expand, with no expansion', () => {
    const [, seg] = createAbbreviator(terms)('see MACSE');
    expect(seg).toEqual({ kind: 'abbr', text: 'MACSE', id: 'macse', expansion: null });
  });
  it('finds acronyms with symbols and aliases', () => {
    const out = createAbbreviator(terms)('Visits to A&E; Fabricated or Induced Illness (FI)');
    expect(out.filter((s) => s.kind === 'abbr').map((s) => [s.text, s.id])).toEqual([['A&E', 'a-and-e'], ['FI', 'fii']]);
  });
  it('is case-sensitive, so ordinary words are left alone', () => {
    expect(createAbbreviator(terms)('a mash of things')).toEqual([{ kind: 'text', text: 'a mash of things' }]);
  });
  it('returns text unchanged when there are no acronyms', () => {
    expect(createAbbreviator([])('MASH')).toEqual([{ kind: 'text', text: 'MASH' }]);
  });
});
