import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contactSchema } from './schemas/contacts';
import { glossarySchema } from './schemas/glossary';
import { guidanceSchema } from './schemas/guidance';
import { sourceSchema } from './schemas/sources';
import { scenarioSchema } from './schemas/scenarios';
import { loadContactIds, loadGuidanceIndex } from './scenarios/guidance-index';
import { findScenarioProblems } from './scenarios/validate';

// All authored content lives in /content, apart from the engine in /src, so that another
// partnership could replace /content and rebuild. Each collection has one schema module.
const guidance = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/guidance' }),
  schema: guidanceSchema,
});

const contacts = defineCollection({
  loader: file('content/contacts.yaml'),
  schema: contactSchema,
});

const glossary = defineCollection({
  loader: file('content/glossary.yaml'),
  schema: glossarySchema,
});

const sources = defineCollection({
  loader: file('content/sources.yaml'),
  schema: sourceSchema,
});

// Scenarios: the shape is checked by the schema, then the graph and citations (unknown targets,
// unreachable steps, dead ends, loops, missing guidance). Any problem fails the build naming the
// file and the step.
const scenarios = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/scenarios' }),
  schema: scenarioSchema.superRefine((scenario, ctx) => {
    for (const problem of findScenarioProblems(scenario, loadGuidanceIndex(), loadContactIds())) ctx.addIssue({ code: 'custom', message: problem });
  }),
});

export const collections = { guidance, contacts, glossary, sources, scenarios };
