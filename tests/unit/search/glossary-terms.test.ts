import { describe, expect, it } from 'vitest';
import { keywordText, mentionedTerms, normalise } from '../../../src/search/glossary-terms';

const glossary = [
  { term: 'MASH', expansion: 'Multi-Agency Safeguarding Hub' },
  { term: 'MARF', expansion: 'Multi-Agency Referral Form' },
  { term: 'CP', expansion: 'Child Protection' },
  { term: 'KYM', expansion: null, aliases: ['Knowsley Youth Mutual'] },
  { term: 'CLA', expansion: 'Children Looked After', aliases: ['LAC'] },
];

describe('normalise', () => {
  it('lower-cases and treats hyphens and dashes as spaces', () => {
    expect(normalise('Multi-Agency  Safeguarding\u2013Hub')).toBe('multi agency safeguarding hub');
  });
});

describe('mentionedTerms', () => {
  it('finds an acronym as a whole word, in its own case, plural allowed', () => {
    expect(mentionedTerms('Send a MARF within 48 hours.', glossary).map((e) => e.term)).toEqual(['MARF']);
    expect(mentionedTerms('Two MARFs were sent.', glossary).map((e) => e.term)).toEqual(['MARF']);
    expect(mentionedTerms('They mash potatoes.', glossary)).toEqual([]);
    expect(mentionedTerms('A CPD record', glossary)).toEqual([]);
  });
  it('finds an expansion in any case, with or without hyphens', () => {
    expect(mentionedTerms('Call the multi agency safeguarding hub.', glossary).map((e) => e.term)).toEqual(['MASH']);
    expect(mentionedTerms('CHILD PROTECTION plans', glossary).map((e) => e.term)).toEqual(['CP']);
  });
  it('matches an alias in capitals in its own case only', () => {
    expect(mentionedTerms('the LAC review', glossary).map((e) => e.term)).toEqual(['CLA']);
    expect(mentionedTerms('a lac of', glossary)).toEqual([]);
  });
  it('finds an alias, and never matches inside a longer word', () => {
    expect(mentionedTerms('knowsley youth mutual', glossary).map((e) => e.term)).toEqual(['KYM']);
    expect(mentionedTerms('child protectionist', glossary)).toEqual([]);
  });
});

describe('keywordText', () => {
  it('gives acronym, expansion and aliases for every entry mentioned, once each', () => {
    expect(keywordText('MARF and Multi-Agency Referral Form; MASH', glossary))
      .toBe('MASH; Multi-Agency Safeguarding Hub; MARF; Multi-Agency Referral Form');
    expect(keywordText('KYM', glossary)).toBe('KYM; Knowsley Youth Mutual');
    expect(keywordText('nothing here', glossary)).toBe('');
  });
});
