import { z } from 'astro/zod';
import { citationSchema } from '../shared/citation';

/**
 * Topics a briefing can be tagged with, as id -> label. The index filters by these, and search
 * uses the labels. Add a topic here before using it in a briefing.
 */
export const briefingTopics = {
  'practice-model': 'Signs of Safety',
  'levels-of-need': 'Levels of need and support',
  'early-help': 'Early Help',
  referral: 'MASH and referrals',
  'information-sharing': 'Information sharing',
  recording: 'Recording',
  escalation: 'Challenge and escalation',
  'childs-voice': "The child's voice",
  'families-and-networks': 'Families and networks',
  'risk-outside-the-home': 'Risk outside the home',
  'learning-from-reviews': 'Learning from reviews',
  allegations: 'Allegations against staff',
  'children-in-need': 'Children in need',
} as const;

export type BriefingTopic = keyof typeof briefingTopics;

const topicIds = Object.keys(briefingTopics) as [BriefingTopic, ...BriefingTopic[]];

/**
 * Guidance pages (/guidance/<slug>/) and the section ids on them that briefings may link to.
 * This is the agreed slug plan for Helping Children Thrive 2020; a link outside it fails the
 * build here, and the link checker (tests/browser/content-integrity.spec.ts) is the final word.
 */
export const guidanceSections = {
  'who-is-this-for': [],
  'working-better-together': ['what-young-people-told-us'],
  'working-with-children-and-families': [],
  'safety-and-support': ['contextual-safeguarding'],
  'signs-of-safety': ['whats-working-well', 'what-are-we-worried-about', 'what-needs-to-happen'],
  'scaling-questions': [],
  'what-we-mean-by-support': [],
  'universal-services': [],
  'early-help': [],
  'targeted-early-help': [],
  safeguarding: ['section-17-children-in-need', 'section-47-enquiries'],
  mash: ['outcomes-of-a-referral-to-mash'],
  assessment: ['what-is-an-early-help-assessment', 'what-is-a-social-care-assessment'],
  'family-network': ['tools-to-support-work-with-children'],
  'information-sharing': ['the-seven-golden-rules-to-sharing-information'],
  'making-a-referral': ['targeted-early-help', 'child-in-need-of-support-and-protection'],
  'still-worried': [],
  recording: ['top-tips'],
  'good-practice-examples': [],
} as const satisfies Record<string, readonly string[]>;

export type GuidanceSlug = keyof typeof guidanceSections;

const guidanceSlugs = Object.keys(guidanceSections) as [GuidanceSlug, ...GuidanceSlug[]];

/** A link from a briefing to the guidance section it rests on. */
export const guidanceLinkSchema = z
  .strictObject({
    /** Guidance page slug, from the agreed plan. */
    page: z.enum(guidanceSlugs),
    /** Heading id on that page (without "#"), from the agreed plan; omit to link the whole page. */
    section: z.string().regex(/^[a-z0-9-]+$/).optional(),
    /** Link text, naming the page and section as a reader would ("Signs of Safety: What's working well?"). */
    label: z.string().min(1),
  })
  .refine((link) => !link.section || (guidanceSections[link.page] as readonly string[]).includes(link.section), {
    message: 'section is not a known heading id on that guidance page (see guidanceSections in src/schemas/briefings.ts)',
    path: ['section'],
  });

export type GuidanceLink = z.infer<typeof guidanceLinkSchema>;

/** Frontmatter of one 7-minute briefing (`content/briefings/*.mdx`). The seven parts are the body. */
export const briefingSchema = z.strictObject({
  /** Title, as shown in the list and read out at the start. */
  title: z.string().min(1),
  /** One or two sentences for the index, search results and the meta description. */
  summary: z.string().min(1).max(300),
  /** Topic tags (ids from briefingTopics) used to filter the index. */
  topics: z.array(z.enum(topicIds)).min(1).max(4),
  /** Who the briefing is for, in plain words ("Everyone who works with children"). */
  audience: z.string().min(1),
  /** Date the briefing was written, YYYY-MM-DD (YAML reads it as a date; it is kept as the ISO string). */
  written: z
    .union([z.date(), z.iso.date()])
    .transform((d) => (typeof d === 'string' ? d : d.toISOString().slice(0, 10))),
  /** The guidance sections the briefing rests on, linked from the page. May be empty when the guidance does not cover the topic. */
  guidance: z.array(guidanceLinkSchema).default([]),
  /** The source documents it rests on; every fact in the briefing comes from these. */
  sources: z.array(citationSchema).min(1),
  /**
   * True when the briefing rests on superseded guidance (the 2016 document) because the current
   * guidance does not cover the topic: the page and the index then label it. Briefings that cite
   * older documents only to say what has changed leave this false.
   */
  restsOnSuperseded: z.boolean().default(false),
  /** Slug of a related practice scenario (/practice/<slug>/), where one exists. */
  scenario: z.string().regex(/^[a-z0-9-]+$/).optional(),
});

export type Briefing = z.infer<typeof briefingSchema>;
