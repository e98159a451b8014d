// Loads the briefings collection and checks each body against the 7-part format, so that a
// malformed briefing fails the build with its file named (see checkBriefingBody).
import { getCollection, type CollectionEntry } from 'astro:content';
import { briefingTopics, type BriefingTopic } from './schema';
import { checkBriefingBody, readingMinutes, type BriefingPartOutline } from './format';

export type BriefingEntry = CollectionEntry<'briefings'>;

export interface CheckedBriefing {
  entry: BriefingEntry;
  /** The seven parts, as outlined from the MDX body. */
  parts: BriefingPartOutline[];
  /** Words read aloud in all seven parts. */
  words: number;
  /** Estimated minutes to read the briefing aloud. */
  minutes: number;
  /** The file, for error messages. */
  file: string;
}

/** Where an entry came from, as a path from the project root. */
export function briefingFile(entry: BriefingEntry): string {
  return entry.filePath ?? `content/briefings/${entry.id}.mdx`;
}

/** Every briefing, format-checked, sorted by title. Throws on the first malformed briefing. */
export async function getBriefings(): Promise<CheckedBriefing[]> {
  const entries = await getCollection('briefings');
  return entries
    .map((entry) => {
      const file = briefingFile(entry);
      const parts = checkBriefingBody(entry.body, file);
      const words = parts.reduce((sum, p) => sum + p.words, 0);
      return { entry, parts, words, minutes: readingMinutes(words), file };
    })
    .sort((a, b) => a.entry.data.title.localeCompare(b.entry.data.title, 'en-GB'));
}

/** The topics used by at least one briefing, in the order briefingTopics lists them. */
export function usedTopics(briefings: CheckedBriefing[]): BriefingTopic[] {
  const used = new Set(briefings.flatMap((b) => b.entry.data.topics));
  return (Object.keys(briefingTopics) as BriefingTopic[]).filter((t) => used.has(t));
}

/** The static paths of the pages with one page per briefing (/briefings/<slug>/ and its presenter view). */
export async function briefingPaths(): Promise<Array<{ params: { slug: string }; props: { briefing: CheckedBriefing } }>> {
  return (await getBriefings()).map((briefing) => ({ params: { slug: briefing.entry.id }, props: { briefing } }));
}
