// Components that MDX content may use without importing them.
import ContactNumber from '../reference/contacts/ContactNumber.astro';
import LostContent from './LostContent.astro';
import Notice from './Notice.astro';

export const mdxComponents = { ContactNumber, LostContent, Notice };
