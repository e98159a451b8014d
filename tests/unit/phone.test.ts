import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { handWrittenInPages, handWrittenInSources, phoneProblemMessage } from '../../src/reference/contacts/phone-guard';
import { findPhoneNumbers, findPhoneNumbersInHtml } from '../../src/reference/contacts/phone-numbers';
import { keypadText, telHref } from '../../src/utils/phone';

const root = join(import.meta.dirname, '..', '..');
const fixtures = join(import.meta.dirname, 'fixtures', 'phone');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');

describe('telHref', () => {
  it('writes UK numbers in international form', () => {
    expect(telHref('0151 443 2600')).toBe('tel:+441514432600');
    expect(telHref('0151 443 2670')).toBe('tel:+441514432670');
  });
  it('leaves 999 as dialled', () => {
    expect(telHref('999')).toBe('tel:999');
  });
  it('rejects a number that is not a UK number', () => {
    expect(() => telHref('+1 555 0100 000')).toThrow(/expected a UK number/);
  });
});

describe('keypadText', () => {
  it('reads keypad choices in order', () => {
    expect(keypadText([1, 2])).toBe('then option 1, then option 2');
    expect(keypadText([])).toBe('');
  });
});

describe('findPhoneNumbers', () => {
  const find = (s: string) => findPhoneNumbers(s).map((m) => m.text);

  it('finds a number written by hand in every common form, one per line of the fixture', () => {
    const lines = fixture('hand-written.md').split('\n').slice(1).filter(Boolean);
    const found = findPhoneNumbers(fixture('hand-written.md'));
    expect(found.map((m) => m.text)).toEqual([
      '0151-443-2600', '(0151) 443 2600', '+44 151 443 2600', '+44 (0)151 443 2600', '0151 443 26 00',
      '01514432600', '0151 443 2600', '0151.443.2600', '020 7946 0000', '07700 900123', '0800 1111',
      '0800 123 456', '0044 151 443 2600', '116 123', '116123', '112', '999', '999', '999', '999', '111',
      '101', 'tel:+441514432600', '0151\u00a0443\u00a02600', '999', '999',
    ]);
    // Exactly one on each line, and the line reported is the line it is on.
    expect(found.map((m) => m.line)).toEqual(lines.map((_, i) => i + 2));
  });

  it('flags no figure in the fixture of years, statistics, ranges, sections, ages, times and dates', () => {
    expect(find(fixture('figures.md'))).toEqual([]);
  });

  it('counts a short code only in a phone-like context', () => {
    expect(find('MASH handled 112 referrals')).toEqual([]);
    expect(find('call 112')).toEqual(['112']);
    expect(find('Samaritans on 116 123')).toEqual(['116 123']);
    expect(find('pages 116 123 and 124')).toEqual([]);
    expect(find('999 (police)')).toEqual(['999']);
    expect(find('She called 999 times')).toEqual([]);
    // The guidance's own layout (seed 000, lines 453-455).
    expect(find('In an emergency always dial\n\n999\n')).toEqual(['999']);
  });

  it('sees a calling word across inline markup in source, and numbers next to other figures', () => {
    expect(find('**Dial** 999')).toEqual(['999']);
    expect(find('In 2019/20, ring 0151 443 2600 2 times')).toEqual(['0151 443 2600']);
  });
});

describe('findPhoneNumbersInHtml', () => {
  const found = findPhoneNumbersInHtml(fixture('page.html'));
  const texts = found.map((m) => m.text);

  it('allows numbers inside the markup <ContactNumber> emits', () => {
    expect(texts.some((t) => t.includes('tel:999'))).toBe(false);
    expect(texts.filter((t) => t === '0151 443 2600')).toEqual([]);
  });

  it('finds hand-written numbers in text, <noscript>, read-out attributes, the description and bare tel: links', () => {
    expect(texts).toEqual([
      'content="Call the helpline on 0800 1111."',
      '0151-443-2600',
      '999',
      'href="tel:+441514432670"',
      '0151 443 2670',
      'aria-label="Call 0151 443 2600"',
    ]);
  });

  it('names the line and column of the element or text it is in', () => {
    const lines = fixture('page.html').split('\n');
    expect(found.map((m) => lines[m.line - 1]!.slice(m.column - 1, m.column + 14))).toEqual([
      '<meta name="des', 'Or ring 0151-44', '999</strong> no', '<a href="tel:+4', 'Without JavaScr', '<button aria-la',
    ]);
  });
});

describe('the build guard (src/reference/contacts/phone-guard.ts)', () => {
  it('fails on a number written in content or a component, naming the file and line, and allows content/contacts.yaml', () => {
    expect(handWrittenInSources(join(fixtures, 'project'))).toEqual([
      '  content/guidance/bad.mdx:7:14: 0151-443-2600',
      '  content/guidance/bad.mdx:7:37: 999',
      '  src/Bad.astro:4:9: (0151) 443 2670',
    ]);
  });

  it('fails on a built page with a number not rendered by <ContactNumber>, naming the file and line', () => {
    const problems = handWrittenInPages(join(fixtures, 'built'));
    expect(problems).toEqual(['  contacts/index.html:2:4: 0151 443 2670']);
    expect(phoneProblemMessage('on built pages', problems)).toMatch(/contacts\/index\.html:2:4: 0151 443 2670[\s\S]*content\/contacts\.yaml/);
  });

  it('passes the real content, engine and public files', () => {
    expect(handWrittenInSources(root)).toEqual([]);
  });
});
