import { getCollection } from 'astro:content';
import { createAbbreviator, type Segment } from './abbreviations';

/** A fresh abbreviator over the whole glossary, for one page (first use per page is marked). */
export async function pageAbbreviator(): Promise<(text: string) => Segment[]> {
  const entries = await getCollection('glossary');
  return createAbbreviator(entries.map((e) => e.data));
}
