import { z } from 'astro/zod';
import { citationSchema } from '../shared/citation';
import { labelledGuidanceRefSchema } from '../shared/guidance-link-schema';

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
  /**
   * The guidance sections the briefing rests on, linked from the page: { page, anchor, label }, the
   * label naming the page and section as a reader would. Checked against the guidance's headings
   * when the site is built. May be empty when the guidance does not cover the topic.
   */
  guidance: z.array(labelledGuidanceRefSchema).default([]),
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
