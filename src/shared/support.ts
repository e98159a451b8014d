// The four types of support in Helping Children Thrive 2020 (000:62 onwards), defined once for
// every feature: guidance pages, case examples, the archived threshold levels and search filters.

/** The four types of support, in the guidance's order (least to most intensive). */
export const typesOfSupport = ['Universal', 'Early Help', 'Targeted Early Help', 'Safeguarding'] as const;

export type TypeOfSupport = (typeof typesOfSupport)[number];

/** The guidance page about each type of support (content/guidance/<page>.mdx). */
export const supportGuidancePage: Readonly<Record<TypeOfSupport, string>> = {
  Universal: 'universal-services',
  'Early Help': 'early-help',
  'Targeted Early Help': 'targeted-early-help',
  Safeguarding: 'safeguarding',
};
