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
