/** The primary navigation, in order. */
export const primaryNav = [
  { label: 'Guidance', href: '/guidance/' },
  { label: 'Briefings', href: '/briefings/' },
  { label: 'Cases', href: '/cases/' },
  { label: 'Practice', href: '/practice/' },
  { label: 'Contacts', href: '/contacts/' },
] as const;

/** The menu on narrow screens: the primary navigation, then the tools a reader looks for next. */
export const menuNav = [
  ...primaryNav,
  { label: 'Glossary', href: '/glossary/' },
  { label: 'My learning', href: '/my-learning/' },
] as const;

/** Footer links. */
export const footerNav = [
  { label: 'About and sources', href: '/about/' },
  { label: 'Accessibility', href: '/accessibility/' },
  { label: 'Privacy', href: '/privacy/' },
  { label: 'Glossary', href: '/glossary/' },
  { label: 'Threshold indicators (2016 archive)', href: '/thresholds/' },
  { label: 'My learning', href: '/my-learning/' },
] as const;

/** True when `current` is `href` or a page below it (for aria-current in the navigation). */
export function isCurrentSection(href: string, current: string): boolean {
  if (href === '/') return current === '/';
  return current === href || current.startsWith(href);
}
