// Filters the briefings list by topic. The list is complete without JavaScript; this script
// (started by startModules('topic-filter'), which reveals the topic choices) hides briefings
// without the chosen topic, and keeps ?topic= in the address so a filtered list can be linked to.
import { required } from '../shared/errors';

/** True when a briefing tagged with `topics` (space-separated ids) should show for `topic` ('' = all). */
export function matchesTopic(topics: string, topic: string): boolean {
  if (topic === '') return true;
  return topics.split(/\s+/).includes(topic);
}

export function startTopicFilter(root: HTMLElement): void {
  const list = required<HTMLElement>(document, '.briefing-list', 'topic filter');
  const status = required<HTMLElement>(document, '[data-filter-status]', 'topic filter');
  const items = [...list.querySelectorAll<HTMLElement>(':scope > li')];
  const radios = [...root.querySelectorAll<HTMLInputElement>('input[name="topic"]')];

  function apply(topic: string): void {
    let shown = 0;
    for (const item of items) {
      const match = matchesTopic(item.dataset.topics ?? '', topic);
      item.hidden = !match;
      if (match) shown++;
    }
    const label = radios.find((r) => r.value === topic)?.parentElement?.textContent?.trim();
    status.textContent = topic && label ? `Showing ${shown} of ${items.length} briefings about ${label}.` : `Showing all ${items.length} briefings.`;
    const url = new URL(location.href);
    if (topic) url.searchParams.set('topic', topic);
    else url.searchParams.delete('topic');
    history.replaceState(null, '', url);
  }

  root.addEventListener('change', (event) => {
    const radio = event.target;
    if (radio instanceof HTMLInputElement && radio.name === 'topic') apply(radio.value);
  });

  const wanted = new URL(location.href).searchParams.get('topic') ?? '';
  const initial = radios.find((r) => r.value === wanted) ?? radios[0];
  if (initial) initial.checked = true;
  apply(initial?.value ?? '');
}
