import { defineCollection } from 'astro:content';
import { caseSchema } from './reference/cases/schema';
import { changeSchema } from './reference/about/changes-schema';
import { checkedGlob, yamlListFile } from './shared/content-files';
import { briefingSchema } from './briefings/schema';
import { contactSchema } from './reference/contacts/schema';
import { glossarySchema } from './reference/glossary/schema';
import { guidanceSchema } from './reference/guidance/schema';
import { sourceSchema } from './reference/about/sources-schema';
import { z } from 'astro/zod';
import { loadReferences } from './scenarios/build/references';
import { reportGuidanceLinks } from './shared/content-index';
import { findScenarioProblems, schemaProblems } from './scenarios/validate';
import {
  disabilityAllocationSchema,
  disabilityOutcomeSchema,
  thresholdIndicatorRowSchema,
  thresholdLevelDefinitionSchema,
} from './reference/thresholds/schema';

// All authored content lives in /content, apart from the engine in /src, so that another
// partnership could replace /content and rebuild. Each collection has one schema module.
// The loaders are Astro's glob() and file(), checked first (src/shared/content-files.ts): an empty
// file, or two entries of a data file with the same id (or glossary term), fails the build
// naming the file.
const guidance = defineCollection({
  loader: checkedGlob({ pattern: '*.mdx', base: './content/guidance' }),
  schema: guidanceSchema,
});

// 7-minute briefings: frontmatter checked here, with its links to guidance checked against the
// guidance's headings; the seven-part body is checked by src/briefings/format.ts when the briefing
// pages are built.
const briefings = defineCollection({
  loader: checkedGlob({ pattern: '*.mdx', base: './content/briefings' }),
  schema: briefingSchema.superRefine((briefing, ctx) => reportGuidanceLinks(briefing.guidance, ctx)),
});

const contacts = defineCollection({
  loader: yamlListFile('content/contacts.yaml'),
  schema: contactSchema,
});

const glossary = defineCollection({
  loader: yamlListFile('content/glossary.yaml', { unique: ['id', 'term'] }),
  schema: glossarySchema,
});

const sources = defineCollection({
  loader: yamlListFile('content/sources.yaml'),
  schema: sourceSchema,
});

// Scenarios: the shape is checked by the schema, then the graph, flags, citations and contact
// tokens. Any problem fails the build naming the file, the step and the option by id (Zod's own
// messages would say "steps.2.options.0"), so the check runs here and reports in its own words.
const scenarios = defineCollection({
  loader: checkedGlob({ pattern: '*.yaml', base: './content/scenarios' }),
  schema: z.unknown().transform((data, ctx) => {
    const shape = schemaProblems(data);
    const problems = shape.scenario ? findScenarioProblems(shape.scenario, loadReferences()) : shape.problems;
    for (const message of problems) ctx.addIssue({ code: 'custom', message });
    return shape.scenario && !problems.length ? shape.scenario : z.NEVER;
  }),
});

// Case examples: one MDX file per case, the facts in the frontmatter and the case itself in
// <CasePart> components (checked by src/reference/cases/format.ts); the file name is the page
// slug (/cases/<slug>/).
const cases = defineCollection({
  loader: checkedGlob({ pattern: '*.mdx', base: './content/cases' }),
  schema: caseSchema,
});

// The archived 2016 threshold material (/thresholds/).
const thresholdLevels = defineCollection({
  loader: yamlListFile('content/thresholds/levels.yaml'),
  schema: thresholdLevelDefinitionSchema,
});

const thresholdIndicators = defineCollection({
  loader: yamlListFile('content/thresholds/indicators.yaml'),
  schema: thresholdIndicatorRowSchema,
});

const disabilityMatrix = defineCollection({
  loader: yamlListFile('content/thresholds/disability-matrix.yaml'),
  schema: disabilityOutcomeSchema,
});

const disabilityAllocation = defineCollection({
  loader: yamlListFile('content/thresholds/disability-allocation.yaml'),
  schema: disabilityAllocationSchema,
});

// The "what has changed" log on /about/.
const changes = defineCollection({
  loader: yamlListFile('content/changes.yaml'),
  schema: changeSchema,
});

export const collections = {
  briefings,
  scenarios,
  guidance,
  contacts,
  glossary,
  sources,
  cases,
  thresholdLevels,
  thresholdIndicators,
  disabilityMatrix,
  disabilityAllocation,
  changes,
};
