// The body of a case example, checked on the Markdown tree: the five parts (./parts.ts), each
// once and in order, as <CasePart part="…"> with the narrative inside and nothing outside them;
// and each difference from the 2016 edition quotes wording that is in the part it names.
import type { MdxJsxFlowElement } from 'mdast-util-mdx';
import { mdxBody, parseMdx } from '../../shared/content-index';
import { ContentError } from '../../shared/errors';
import { casePartKeys, isCasePartKey, type CasePartKey } from './parts';
import type { CaseExample } from './schema';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The name a <CasePart part="…"> gives ("" when it gives none). */
function partName(node: MdxJsxFlowElement): string {
  const attribute = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'part');
  return typeof attribute?.value === 'string' ? attribute.value : '';
}

/** Everything wrong with a case's body, given its frontmatter (empty when it is well formed). */
export function caseBodyProblems(body: string, data: Pick<CaseExample, 'caption' | 'edition2016'>): string[] {
  const text = mdxBody(body);
  const problems: string[] = [];
  const parts = new Map<CasePartKey, string>();
  for (const node of parseMdx(text).children) {
    if (node.type === 'mdxjsEsm') continue;
    if (node.type !== 'mdxJsxFlowElement' || node.name !== 'CasePart') {
      problems.push(`line ${node.position?.start.line ?? '?'}: write the case inside <CasePart part="…"> components`);
      continue;
    }
    const name = partName(node);
    if (!isCasePartKey(name)) problems.push(`<CasePart part="${name}">: part must be one of ${casePartKeys.join(', ')}`);
    else if (parts.has(name)) problems.push(`<CasePart part="${name}"> is there twice`);
    else if (node.children.length === 0) problems.push(`<CasePart part="${name}"> is empty`);
    else parts.set(name, squash(text.slice(node.children[0]?.position?.start.offset, node.children.at(-1)?.position?.end.offset)));
  }
  const order = [...parts.keys()];
  if (order.join() !== casePartKeys.join()) problems.push(`the parts must be ${casePartKeys.join(', ')}, once each and in that order (found ${order.join(', ') || 'none'})`);
  for (const d of data.edition2016.differences) {
    const where = d.part === 'caption' ? data.caption : parts.get(d.part);
    if (where !== undefined && !where.includes(squash(d.hct2020))) problems.push(`edition2016.differences: "${d.hct2020}" is not in ${d.part}`);
  }
  return problems;
}

/** Throws ContentError naming `file` when the case's body is not well formed. */
export function checkCaseBody(body: string | undefined, data: Pick<CaseExample, 'caption' | 'edition2016'>, file: string): void {
  const problems = caseBodyProblems(body ?? '', data);
  if (problems.length > 0) throw new ContentError(file, problems);
}
