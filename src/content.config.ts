import { defineCollection } from 'astro:content';
import { caseSchema } from './reference/cases/schema';
import { changeSchema } from './reference/about/changes-schema';
import { checkedGlob, yamlListFile } from './shared/content-files';
import { briefingSchema } from './briefings/schema';
import { contactSchema } from './reference/contacts/schema';
import { glossarySchema } from './reference/glossary/schema';
import { guidanceSchema } from './reference/guidance/schema';
import { sourceSchema } from './reference/about/sources-schema';
import { scenarioSchema } from './schemas/scenarios';
import { loadBriefingSlugs, loadContactIds, loadGuidanceIndex } from './scenarios/guidance-index';
import { findScenarioProblems } from './scenarios/validate';
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

// 7-minute briefings: frontmatter checked here; the seven-part body is checked by
// src/utils/briefings.ts when the briefing pages are built.
const briefings = defineCollection({
  loader: checkedGlob({ pattern: '*.mdx', base: './content/briefings' }),
  schema: briefingSchema,
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

// Scenarios: the shape is checked by the schema, then the graph and citations (unknown targets,
// unreachable steps, dead ends, loops, missing guidance). Any problem fails the build naming the
// file and the step.
const scenarios = defineCollection({
  loader: checkedGlob({ pattern: '*.yaml', base: './content/scenarios' }),
  schema: scenarioSchema.superRefine((scenario, ctx) => {
    for (const problem of findScenarioProblems(scenario, loadGuidanceIndex(), loadContactIds(), loadBriefingSlugs())) ctx.addIssue({ code: 'custom', message: problem });
  }),
});

// Case examples: one YAML file per case; the file name is the page slug (/cases/<slug>/).
const cases = defineCollection({
  loader: checkedGlob({ pattern: '*.yaml', base: './content/cases' }),
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
