import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasContact, parseSiteConfig } from '../../src/shared/site-config';

// content/site.yaml: the publisher who answers requests about the site. Nothing may be guessed,
// so every field may be null; what is set must be well formed.
const yaml = (publisher: string, exitPage = 'https://www.bbc.co.uk/weather') => `publisher:\n${publisher}exitPage: ${exitPage}\n`;

describe('site settings (content/site.yaml)', () => {
  it('parses the file in the repository', () => {
    const text = readFileSync(join(process.cwd(), 'content/site.yaml'), 'utf8');
    expect(() => parseSiteConfig(text)).not.toThrow();
  });

  it('accepts a publisher with nothing set, and reports no contact', () => {
    const c = parseSiteConfig(yaml('  name: null\n  email: null\n  url: null\n'));
    expect(c.publisher).toEqual({ name: null, email: null, url: null });
    expect(hasContact(c.publisher)).toBe(false);
  });

  it('accepts a named publisher with an email or an https page', () => {
    const c = parseSiteConfig(yaml('  name: Example Council\n  email: web@example.org\n  url: https://example.org/contact\n'));
    expect(hasContact(c.publisher)).toBe(true);
    const nameOnly = parseSiteConfig(yaml('  name: Example Council\n  email: null\n  url: null\n'));
    expect(hasContact(nameOnly.publisher)).toBe(false);
  });

  it.each([
    ['an email that is not one', '  name: Example Council\n  email: not-an-email\n  url: null\n', /publisher\.email/],
    ['a page that is not https', '  name: Example Council\n  email: null\n  url: http://example.org/\n', /publisher\.url: url must be an https address/],
    ['a contact with no publisher name', '  name: null\n  email: web@example.org\n  url: null\n', /publisher\.name: an email or url needs the publisher name/],
    ['a blank name', '  name: "  "\n  email: null\n  url: null\n', /publisher\.name/],
    ['an unknown field', '  name: null\n  email: null\n  url: null\n  phone: null\n', /publisher/],
    ['a missing field', '  name: null\n  email: null\n', /publisher\.url/],
  ])('rejects %s, naming the file and field', (_, text, message) => {
    expect(() => parseSiteConfig(yaml(text), 'content/site.yaml')).toThrow(/^content\/site\.yaml: /);
    expect(() => parseSiteConfig(yaml(text))).toThrow(message);
  });

  it('needs an https exit page', () => {
    const none = '  name: null\n  email: null\n  url: null\n';
    expect(parseSiteConfig(yaml(none)).exitPage).toBe('https://www.bbc.co.uk/weather');
    expect(() => parseSiteConfig(yaml(none, 'http://www.bbc.co.uk/weather'))).toThrow(/exitPage: exitPage must be an https address/);
    expect(() => parseSiteConfig(`publisher:\n${none}`)).toThrow(/exitPage/);
  });

  it('rejects an empty file, naming it', () => {
    expect(() => parseSiteConfig('', 'content/site.yaml')).toThrow(/^content\/site\.yaml: /);
  });
});
