// Each href is served under the base path (sitePath).
import { sitePath } from '../shared/paths';
const links = (items: ReadonlyArray<readonly [label: string, href: string]>) => items.map(([label, href]) => ({ label, href: sitePath(href) }));

/** The primary navigation, in order. */
export const primaryNav = links([
  ['Guidance', '/guidance/'],
  ['Briefings', '/briefings/'],
  ['Cases', '/cases/'],
  ['Practice', '/practice/'],
  ['Contacts', '/contacts/'],
]);

/** The menu on narrow screens: the primary navigation, then the tools a reader looks for next. */
export const menuNav = [
  ...primaryNav,
  { label: 'Glossary', href: sitePath('/glossary/') },
  { label: 'My learning', href: sitePath('/my-learning/') },
] as const;

/** Footer links. */
export const footerNav = links([
  ['About and sources', '/about/'],
  ['Accessibility', '/accessibility/'],
  ['Privacy', '/privacy/'],
  ['Glossary', '/glossary/'],
  ['Threshold indicators (2016 archive)', '/thresholds/'],
  ['My learning', '/my-learning/'],
]);

/** True when `current` is `href` or a page below it (for aria-current in the navigation). */
export function isCurrentSection(href: string, current: string): boolean {
  if (href === sitePath('/')) return current === href;
  return current === href || current.startsWith(href);
}
