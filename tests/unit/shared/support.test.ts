import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { supportGuidancePage, typesOfSupport } from '../../../src/shared/support';

describe('the types of support', () => {
  it('each have a guidance page that says it is about that type of support', () => {
    for (const type of typesOfSupport) {
      const mdx = readFileSync(`content/guidance/${supportGuidancePage[type]}.mdx`, 'utf8');
      const front = parseYaml(/^---\n([\s\S]*?)\n---/.exec(mdx)![1]!) as { level?: string };
      expect(front.level, type).toBe(type);
    }
  });
});
