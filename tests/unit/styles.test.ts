import { readFileSync } from 'node:fs';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';

// Browsers silently swallow everything after an unclosed block, so parse the stylesheets strictly.
describe.each(['src/styles/global.css', 'public/print.css', 'src/scenarios/player/player.css'])('%s', (file) => {
  it('parses, with every block closed', () => {
    const css = readFileSync(file, 'utf8');
    expect(() => postcss.parse(css, { from: file })).not.toThrow();
    const root = postcss.parse(css, { from: file });
    // A top-level @media print must not swallow screen rules that follow it.
    root.walkAtRules('media', (rule) => {
      rule.walkRules((r) => expect(r.selector, `rule inside @media ${rule.params}`).not.toMatch(/^\s*\/\*/));
    });
    expect(root.nodes.length).toBeGreaterThan(5);
  });
});
