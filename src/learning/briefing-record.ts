// The briefing's "I read this" and "We used this in a team meeting" buttons (BriefingRecord.astro).
// The record and its Zod shape load only when a button is pressed, to keep reading pages light.
import { formatDate } from '../shared/dates';
import { MarkupError, required } from '../shared/errors';
import { browserStore } from '../shared/storage';

const widget = 'briefing-record';

export function startBriefingRecord(root: HTMLElement): void {
  const { slug, title, minutes } = root.dataset;
  if (!slug || !title) throw new MarkupError(widget, 'data-slug and data-title');
  const status = required<HTMLElement>(root, '[data-status]', widget);
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-use]')) {
    button.addEventListener('click', async () => {
      const use = button.dataset.use === 'team' ? 'team' : 'read';
      const done = use === 'team' ? 'used in a team meeting' : 'read';
      try {
        const { recordBriefing } = await import('./record');
        const result = recordBriefing(browserStore(), { slug, title, use, ...(minutes ? { minutes: Number(minutes) } : {}) });
        status.textContent = result.ok ? `Added to My learning: ${done} on ${formatDate(new Date())}.` : `Not added to My learning. ${result.error.message}`;
      } catch {
        status.textContent = 'Not added to My learning: the page could not load the part of the site that keeps it. Reload the page and try again.';
      }
    });
  }
}
