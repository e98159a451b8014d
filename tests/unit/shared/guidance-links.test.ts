import { describe, expect, it } from 'vitest';
import { headingIds, loadGuidanceIndex, reportGuidanceLinks } from '../../../src/shared/content-index';
import { guidanceHref, guidanceRefProblem } from '../../../src/shared/guidance-links';

describe('heading ids read from MDX', () => {
  it('slugs headings as Astro does, with links, emphasis and code read as their text', () => {
    const mdx = '---\ntitle: x\n---\n# Title\n\n## What\'s *working* well?\n\n### A [link](/x/) and `code`\n\n## Title\n';
    expect(headingIds(mdx)).toEqual(['title', 'whats-working-well', 'a-link-and-code', 'title-1']);
  });
  it('ignores what only looks like a heading: in a code block, or a JSX attribute', () => {
    const mdx = '```\n## not a heading\n```\n\n<LostContent what="## nor this" />\n\n<Notice>\n\n## A heading in a notice\n\n</Notice>\n';
    expect(headingIds(mdx)).toEqual(['a-heading-in-a-notice']);
  });
});

describe('links to guidance', () => {
  const index = loadGuidanceIndex();
  it('resolve to a page, or a heading on it', () => {
    expect(guidanceRefProblem({ page: 'mash' }, index)).toBeNull();
    expect(guidanceRefProblem({ page: 'signs-of-safety', anchor: 'whats-working-well' }, index)).toBeNull();
    expect(guidanceRefProblem({ page: 'no-such-page' }, index)).toMatch(/"no-such-page", which does not exist/);
    expect(guidanceRefProblem({ page: 'mash', anchor: 'nowhere' }, index)).toMatch(/"#nowhere" on guidance page "mash", which has no such section/);
  });
  it('are reported to a collection schema with the place of the bad link', () => {
    const issues: Array<{ message: string; path: PropertyKey[] }> = [];
    reportGuidanceLinks([{ page: 'mash' }, { page: 'mash', anchor: 'nowhere' }], { addIssue: (i) => void issues.push(i) });
    expect(issues).toEqual([{ code: 'custom', message: expect.stringMatching(/#nowhere/), path: ['guidance', 1] }]);
  });
  it('have one address form', () => {
    expect(guidanceHref({ page: 'mash' })).toBe('/guidance/mash/');
    expect(guidanceHref({ page: 'mash', anchor: 'outcomes-of-a-referral-to-mash' })).toBe('/guidance/mash/#outcomes-of-a-referral-to-mash');
  });
});
