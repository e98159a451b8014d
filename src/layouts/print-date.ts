/** Formats a date as it is printed in footers: "22 November 2026". */
export function formatPrintDate(date: Date): string {
  return date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
}

/** Fills every [data-print-date] with today's date now and again just before printing. */
export function stampPrintDate(doc: Document): void {
  const stamp = () => {
    const text = formatPrintDate(new Date());
    doc.querySelectorAll<HTMLElement>('[data-print-date]').forEach((el) => (el.textContent = text));
  };
  stamp();
  doc.defaultView?.addEventListener('beforeprint', stamp);
}
