// The case examples, in the guidance's order, each with its body checked (./format.ts), so that a
// malformed case fails the build with its file named.
import { getCollection, type CollectionEntry } from 'astro:content';
import { byOrder } from '../order';
import { checkCaseBody } from './format';

export type CaseEntry = CollectionEntry<'cases'>;

export async function getCases(): Promise<CaseEntry[]> {
  const cases = byOrder(await getCollection('cases'), 'content/cases');
  for (const c of cases) checkCaseBody(c.body, c.data, c.filePath ?? `content/cases/${c.id}.mdx`);
  return cases;
}
