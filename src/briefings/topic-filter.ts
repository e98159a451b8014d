// Filters the briefings list by topic. The list is complete without JavaScript; this script
// reveals the topic choices, hides briefings without the chosen topic, and keeps ?topic= in the
// address so a filtered list can be linked to.
import { matchesTopic } from './topic-match';

export function startTopicFilter(root: HTMLElement): void {
  const list = document.querySelector<HTMLElement>('.briefing-list');
  const found = document.querySelector<HTMLElement>('[data-filter-status]');
  if (!list || !found) throw new Error('topic filter: .briefing-list or [data-filter-status] is missing');
  const status: HTMLElement = found;
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
    const radio = event.target as HTMLInputElement;
    if (radio.name === 'topic') apply(radio.value);
  });

  const wanted = new URL(location.href).searchParams.get('topic') ?? '';
  const initial = radios.find((r) => r.value === wanted) ?? radios[0];
  if (initial) initial.checked = true;
  root.hidden = false;
  apply(initial?.value ?? '');
}
