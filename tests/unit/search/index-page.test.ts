import { describe, expect, it } from 'vitest';
import { prepareForIndex } from '../../../src/search/index-page';

const glossary = [{ term: 'MARF', expansion: 'Multi-Agency Referral Form' }];
const page = (main: string) => `<html><body><header data-pagefind-ignore>MARF</header><main data-pagefind-body data-pagefind-filter="type:Guidance">${main}</main></body></html>`;

describe('prepareForIndex', () => {
  it('skips pages without data-pagefind-body', () => {
    expect(prepareForIndex('<html><body><main>x</main></body></html>', '/x/', { glossary })).toBeNull();
  });
  it('adds the other form of a glossary term the page uses as hidden keywords', () => {
    const p = prepareForIndex(page('<p>Send a MARF.</p>'), '/a/', { glossary })!;
    expect(p.keywords).toBe('MARF; Multi-Agency Referral Form');
    expect(p.content).toContain('<span hidden data-pagefind-meta="keywords:MARF; Multi-Agency Referral Form"></span></body>');
    expect(p.type).toBe('Guidance');
  });
  it('reads only the indexed body: chrome marked data-pagefind-ignore gives no keywords', () => {
    const p = prepareForIndex(page('<p>Nothing to see.</p>'), '/b/', { glossary })!;
    expect(p.keywords).toBe('');
    expect(p.content).not.toContain('data-pagefind-meta="keywords');
  });
  it('adds extra words and a ranking weight for listed pages', () => {
    const p = prepareForIndex(page('<p>Numbers.</p>'), '/contacts/', { glossary, pageKeywords: { '/contacts/': ['phone'] }, pageWeights: { '/contacts/': 0.5 } })!;
    expect(p.keywords).toBe('');
    expect(p.synonyms).toBe('phone');
    expect(p.content).toContain('<span hidden data-pagefind-meta="synonyms:phone"></span>');
    expect(p.content).toContain('<main data-pagefind-weight="0.5" data-pagefind-body');
  });
  it('weighs a page by its type unless its path has its own weight', () => {
    const opts = { glossary, typeWeights: { Guidance: 2 }, pageWeights: { '/guidance/': 0.5 } };
    expect(prepareForIndex(page('<p>x</p>'), '/guidance/a/', opts)!.content).toContain('<main data-pagefind-weight="2"');
    expect(prepareForIndex(page('<p>x</p>'), '/guidance/', opts)!.content).toContain('<main data-pagefind-weight="0.5"');
  });
  it('separates block elements so that their words do not run together', () => {
    const p = prepareForIndex(page('<dl><dt>MARF</dt><dd>Multi-Agency Referral Form</dd></dl>'), '/g/', { glossary })!;
    expect(p.content).toContain('<dt>MARF</dt> <dd>');
    expect(p.keywords).toBe('MARF; Multi-Agency Referral Form');
  });
});
