// The site's own settings (content/site.yaml), checked when the site is built. Read with Vite's
// ?raw import rather than a content collection: it is one small file of settings, not a
// collection of entries.
import siteYaml from '../../content/site.yaml?raw';
import { parseSiteConfig, type SiteConfig } from './site-config';

export const siteConfig: SiteConfig = parseSiteConfig(siteYaml);
