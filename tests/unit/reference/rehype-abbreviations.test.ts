import type { Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type {} from 'mdast-util-mdx-jsx';
import { describe, expect, it } from 'vitest';
import { rehypeAbbreviations } from '../../../src/reference/glossary/rehype-abbreviations';

const entries = [
  { id: 'mash', term: 'MASH', expansion: 'Multi-Agency Safeguarding Hub' },
  { id: 'marf', term: 'MARF', expansion: 'Multi-Agency Referral Form' },
  { id: 'cri', term: 'CRI', expansion: null },
];

function run(tree: Root): string {
  rehypeAbbreviations({ entries })(tree);
  return toHtml(tree);
}
const p = (text: string): Root => ({ type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] }] });

describe('rehypeAbbreviations', () => {
  it('marks only the first use of each acronym', () => {
    expect(run(p('Call MASH. Then send a MARF to MASH.'))).toBe(
      '<p>Call <abbr title="Multi-Agency Safeguarding Hub" data-glossary="mash">MASH</abbr>. Then send a <abbr title="Multi-Agency Referral Form" data-glossary="marf">MARF</abbr> to MASH.</p>',
    );
  });
  it('marks an acronym the seeds never expand without inventing a title', () => {
    expect(run(p('School Health, CRI'))).toBe('<p>School Health, <abbr data-glossary="cri">CRI</abbr></p>');
  });
  it('does not match inside longer words', () => {
    expect(run(p('MASHED and MARFs'))).toBe('<p>MASHED and MARFs</p>');
  });
  it('counts first use per page, not per build', () => {
    const plugin = rehypeAbbreviations({ entries });
    const a = p('MASH'); const b = p('MASH');
    plugin(a); plugin(b);
    expect(toHtml(b)).toContain('<abbr');
  });
  it('skips headings and links, and marks the first use in body text after them', () => {
    const tree: Root = { type: 'root', children: [
      { type: 'element', tagName: 'h2', properties: {}, children: [{ type: 'text', value: 'MASH' }] },
      { type: 'element', tagName: 'a', properties: { href: '/x/' }, children: [{ type: 'text', value: 'MASH' }] },
      { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'The MASH team' }] },
    ] };
    expect(run(tree)).toBe('<h2>MASH</h2><a href="/x/">MASH</a><p>The <abbr title="Multi-Agency Safeguarding Hub" data-glossary="mash">MASH</abbr> team</p>');
  });
  it('looks inside MDX components, but not inside a link written as JSX', () => {
    const tree: Root = { type: 'root', children: [
      { type: 'mdxJsxFlowElement', name: 'Notice', attributes: [], children: [
        { type: 'element', tagName: 'p', properties: {}, children: [
          { type: 'mdxJsxTextElement', name: 'a', attributes: [], children: [{ type: 'text', value: 'MARF' }] },
          { type: 'text', value: ' then MARF' },
        ] },
      ] },
    ] };
    rehypeAbbreviations({ entries })(tree);
    const notice = tree.children[0];
    const p = notice?.type === 'mdxJsxFlowElement' ? notice.children[0] : undefined;
    const kids = p?.type === 'element' ? p.children : [];
    expect(kids.map((k) => (k.type === 'element' ? k.tagName : k.type))).toEqual(['mdxJsxTextElement', 'text', 'abbr']);
  });
});
