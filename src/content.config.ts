import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { briefingSchema } from './schemas/briefings';
import { contactSchema } from './schemas/contacts';
import { glossarySchema } from './schemas/glossary';
import { guidanceSchema } from './schemas/guidance';
import { sourceSchema } from './schemas/sources';

// All authored content lives in /content, apart from the engine in /src, so that another
// partnership could replace /content and rebuild. Each collection has one schema module.
const guidance = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/guidance' }),
  schema: guidanceSchema,
});

// 7-minute briefings: frontmatter checked here; the seven-part body is checked by
// src/utils/briefings.ts when the briefing pages are built.
const briefings = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/briefings' }),
  schema: briefingSchema,
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

export const collections = { guidance, briefings, contacts, glossary, sources };
