// What scenarios may refer to, read from content/ at build time (Node only): guidance sections and
// briefings from the shared content index, and contacts with their status, read with the YAML
// parser (a quoted id is valid YAML), so that a superseded contact cannot be named.
import { join } from 'node:path';
import { readYamlList } from '../../shared/content-files';
import { loadBriefingSlugs, loadGuidanceIndex } from '../../shared/content-index';
import type { ContactIndex, References } from '../validate';

/** The contacts in content/contacts.yaml with their status. */
export function loadContacts(file = join(process.cwd(), 'content', 'contacts.yaml')): ContactIndex {
  const index = new Map<string, 'current' | 'superseded'>();
  for (const entry of readYamlList(file)) {
    if (typeof entry.id === 'string') index.set(entry.id, entry.status === 'current' ? 'current' : 'superseded');
  }
  return index;
}

/** Everything a scenario in content/ may refer to. */
export const loadReferences = (): References => ({ guidance: loadGuidanceIndex(), contacts: loadContacts(), briefings: loadBriefingSlugs() });
