import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
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

export const collections = { guidance, contacts, glossary, sources };
