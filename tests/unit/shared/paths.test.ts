import { describe, expect, it } from 'vitest';
import { normaliseBase, withBase } from '../../../src/shared/paths';

describe('normaliseBase', () => {
  it.each([[undefined, '/'], ['', '/'], ['/', '/'], ['practice-guide', '/practice-guide/'], ['/practice-guide', '/practice-guide/'], ['/a/b/', '/a/b/']])('%s → %s', (input, out) => {
    expect(normaliseBase(input)).toBe(out);
  });
});

describe('withBase', () => {
  it('puts a root-relative path under the base, keeping its query and fragment', () => {
    expect(withBase('/practice-guide/', '/guidance/mash/#outcomes')).toBe('/practice-guide/guidance/mash/#outcomes');
    expect(withBase('/practice-guide/', '/search/?q=MARF')).toBe('/practice-guide/search/?q=MARF');
    expect(withBase('/practice-guide/', '/')).toBe('/practice-guide/');
  });
  it('leaves paths alone at the root of the host', () => {
    expect(withBase('/', '/guidance/')).toBe('/guidance/');
  });
  it('leaves other addresses alone, and does not add the base twice', () => {
    for (const href of ['https://example.org/x/', '//example.org/x/', '#part-3', 'tel:0151', 'mash/', '/practice-guide/guidance/', '/practice-guide']) {
      expect(withBase('/practice-guide/', href)).toBe(href);
    }
  });
});
