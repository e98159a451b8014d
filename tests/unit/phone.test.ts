import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keypadText, phoneNumberPattern, telHref } from '../../src/utils/phone';

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

describe('phoneNumberPattern', () => {
  const find = (s: string) => [...s.matchAll(phoneNumberPattern)].map((m) => m[0]);
  it('finds numbers written with or without spaces', () => {
    expect(find('ring 0151 443 2670 or 01514432600, or 999')).toEqual(['0151 443 2670', '01514432600', '999']);
  });
  it('does not mistake figures for numbers', () => {
    expect(find('36,834 children; 1,999 visits; 12,160 contacts')).toEqual([]);
  });
});

// A phone number may be written only in content/contacts.yaml; pages render it with <ContactNumber>.
describe('no hand-written phone numbers in content or engine', () => {
  const root = join(import.meta.dirname, '..', '..');
  const allowed = new Set(['content/contacts.yaml', 'src/utils/phone.ts']);
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.(mdx?|ya?ml|json|astro|tsx?|css)$/.test(e.name)) files.push(full);
    }
  };
  walk(join(root, 'content'));
  walk(join(root, 'src'));
  it.each(files.map((f) => relative(root, f)).filter((f) => !allowed.has(f)))('%s', (file) => {
    const text = readFileSync(join(root, file), 'utf8');
    expect([...text.matchAll(phoneNumberPattern)].map((m) => m[0])).toEqual([]);
  });
});
