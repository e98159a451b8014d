// The schema of the settings about the site itself (content/site.yaml), and the function that
// checks them. Pure: src/shared/site.ts loads the file; tests call parseSiteConfig directly.
import { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';

const notBlank = z.string().trim().min(1);

/** Who publishes the site and answers requests about it. Each field is null until it is set. */
export const publisherSchema = z
  .strictObject({
    /** The organisation's name. */
    name: notBlank.nullable(),
    /** An email address for requests about the site. */
    email: z.email().nullable(),
    /** An https web page for requests about the site. */
    url: z.url({ protocol: /^https$/, error: 'url must be an https address' }).nullable(),
  })
  .refine((p) => p.name !== null || (p.email === null && p.url === null), {
    message: 'an email or url needs the publisher name beside it',
    path: ['name'],
  });

/** content/site.yaml. */
export const siteConfigSchema = z.strictObject({
  publisher: publisherSchema,
  /** Where "Exit this page" goes: an everyday https page with nothing to do with this site. */
  exitPage: z.url({ protocol: /^https$/, error: 'exitPage must be an https address' }),
});

export type Publisher = z.infer<typeof publisherSchema>;
export type SiteConfig = z.infer<typeof siteConfigSchema>;

/** Parses and checks the settings; throws naming `file` and each field that is wrong. */
export function parseSiteConfig(text: string, file = 'content/site.yaml'): SiteConfig {
  const result = siteConfigSchema.safeParse(parseYaml(text));
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join('.') || '(top level)'}: ${i.message}`);
    throw new Error(`${file}: ${problems.join('; ')}`);
  }
  return result.data;
}

/** True when the publisher has given a way to contact them about the site. */
export function hasContact(p: Publisher): p is Publisher & { name: string } {
  return p.name !== null && (p.email !== null || p.url !== null);
}
