import { formatDate } from '../shared/dates';

/** Fills every [data-print-date] with today's date now and again just before printing. */
export function stampPrintDate(doc: Document): void {
  const stamp = () => {
    const text = formatDate(new Date());
    doc.querySelectorAll<HTMLElement>('[data-print-date]').forEach((el) => (el.textContent = text));
  };
  stamp();
  doc.defaultView?.addEventListener('beforeprint', stamp);
}

/**
 * Fills every [data-print-url] with the address the page was opened at, when the build did not know
 * the site's public address (no SITE_URL): the server then rendered only the path.
 */
export function stampPrintUrl(doc: Document): void {
  const href = doc.defaultView?.location.href;
  if (!href) return;
  doc.querySelectorAll<HTMLElement>('[data-print-url]').forEach((el) => {
    if (el.textContent?.startsWith('/')) el.textContent = href;
  });
}
