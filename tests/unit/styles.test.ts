import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';

// Every stylesheet: the site-wide base, each feature's own (imported by src/styles/global.css), print.
const stylesheets = [...globSync('src/**/*.css'), 'public/print.css'];

// Browsers silently swallow everything after an unclosed block, so parse the stylesheets strictly.
describe.each(stylesheets)('%s', (file) => {
  it('parses, with every block closed', () => {
    const css = readFileSync(file, 'utf8');
    expect(() => postcss.parse(css, { from: file })).not.toThrow();
    const root = postcss.parse(css, { from: file });
    // A top-level @media print must not swallow screen rules that follow it.
    root.walkAtRules('media', (rule) => {
      rule.walkRules((r) => expect(r.selector, `rule inside @media ${rule.params}`).not.toMatch(/^\s*\/\*/));
    });
    expect(root.nodes.length).toBeGreaterThan(file.endsWith('global.css') ? 3 : 1);
  });
});

describe('src/styles/global.css', () => {
  it('imports every feature stylesheet in src/, so none is left out of the site', () => {
    const imports = [...readFileSync('src/styles/global.css', 'utf8').matchAll(/@import '([^']+)'/g)].map((m) => join('src/styles', m[1]!));
    // Search's stylesheet loads only when search is opened (src/search/), so global.css leaves it out;
    // so are stylesheets that one kind of page imports itself (room mode's, the facilitator pack's).
    const pageImports = globSync('src/pages/**/*.astro').flatMap((page) =>
      [...readFileSync(page, 'utf8').matchAll(/^import '([^']+\.css)';$/gm)].map((m) => join(page, '..', m[1]!)));
    expect(pageImports.every((f) => globSync(f).length === 1), 'every stylesheet a page imports exists').toBe(true);
    const others = globSync('src/**/*.css').filter((f) => f !== join('src/styles/global.css') && !f.startsWith('src/search/') && !pageImports.includes(f));
    expect(imports.sort()).toEqual(others.sort());
  });
});
