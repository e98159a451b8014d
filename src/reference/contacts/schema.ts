import { z } from 'astro/zod';
import { citationSchema } from '../../shared/citation';

/** One telephone contact (`content/contacts.yaml`). Numbers exist only here. */
export const contactSchema = z.strictObject({
  /** Stable id that pages pass to <ContactNumber id="…" />. */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Who answers. */
  name: z.string().min(1),
  /** The number as dialled in the UK, spaced for reading: a 4-3-4 geographic number, or a 3-digit emergency number. */
  number: z.string().regex(/^(\d{3}|0\d{3} \d{3} \d{4})$/, 'number must be a UK number spaced 4-3-4 (0ddd ddd dddd) or a 3-digit emergency number'),
  /** Keypad choices after the call connects, in order (e.g. [1, 1] = option 1, then option 1). */
  keypad: z.array(z.number().int().min(0).max(9)).default([]),
  /** Short label used beside the number ("Police", "MASH"). */
  shortName: z.string().min(1),
  /** When to use this number, in plain language. */
  whenToUse: z.string().min(1),
  /** Where the seed documents give it. */
  sources: z.array(citationSchema).min(1),
  /** current: publish; superseded: show only where labelled as such. */
  status: z.enum(['current', 'superseded']),
  /** For superseded numbers: what replaced it and why we think so. */
  supersededNote: z.string().optional(),
}).refine((c) => c.status === 'current' || !!c.supersededNote, {
  message: 'a superseded contact needs supersededNote',
  path: ['supersededNote'],
});

export type Contact = z.infer<typeof contactSchema>;
