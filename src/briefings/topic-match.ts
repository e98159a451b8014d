/** True when a briefing tagged with `topics` (space-separated ids) should show for `topic` ('' = all). */
export function matchesTopic(topics: string, topic: string): boolean {
  if (topic === '') return true;
  return topics.split(/\s+/).includes(topic);
}
