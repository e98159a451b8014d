import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { findPhoneNumbers, findPhoneNumbersInHtml, type PhoneMatch } from './phone-numbers';

/** The one file where numbers are written (relative to the project root). */
export const CONTACTS_FILE = 'content/contacts.yaml';
/** Where authored text lives: every text file here is read at build start. */
export const SOURCE_DIRS = ['content', 'src', 'public'];
const TEXT_FILE = /\.(mdx?|ya?ml|json|astro|[cm]?[jt]sx?|css|html?|txt|webmanifest|xml|svg)$/i;

function filesUnder(dir: string, test: RegExp): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch {
    return []; // no such folder
  }
  return entries.filter((e) => e.isFile() && test.test(e.name)).map((e) => join(e.parentPath, e.name)).sort();
}

const posix = (path: string) => path.split(sep).join('/');
const describe = (file: string, found: PhoneMatch[]) => found.map((m) => `  ${file}:${m.line}:${m.column}: ${m.text}`);

/**
 * Every number written by hand in the project's content, engine and public files (all but
 * content/contacts.yaml), as "file:line:column: number" lines; empty when there are none.
 */
export function handWrittenInSources(root: string, dirs: readonly string[] = SOURCE_DIRS): string[] {
  const problems: string[] = [];
  for (const dir of dirs) {
    for (const file of filesUnder(join(root, dir), TEXT_FILE)) {
      const name = posix(relative(root, file));
      if (name === CONTACTS_FILE) continue;
      problems.push(...describe(name, findPhoneNumbers(readFileSync(file, 'utf8'))));
    }
  }
  return problems;
}

/** Every number on a built page that <ContactNumber> did not render, as "file:line:column: number" lines. */
export function handWrittenInPages(distDir: string): string[] {
  const problems: string[] = [];
  for (const file of filesUnder(distDir, /\.html$/i)) {
    problems.push(...describe(posix(relative(distDir, file)), findPhoneNumbersInHtml(readFileSync(file, 'utf8'))));
  }
  return problems;
}

const HOW = `Write each number once in ${CONTACTS_FILE} and show it with <ContactNumber id="…" /> (or [contact:id] in a scenario).`;

/** The message a build fails with; undefined when nothing was found. */
export function phoneProblemMessage(where: string, problems: readonly string[]): string | undefined {
  if (!problems.length) return undefined;
  const shown = problems.length > 40 ? [...problems.slice(0, 40), `  … and ${problems.length - 40} more`] : problems;
  return `Phone numbers written by hand ${where} (${problems.length}):\n${shown.join('\n')}\n${HOW}`;
}

/**
 * Fails the build when a telephone number is written anywhere but content/contacts.yaml: in the
 * content and source files before the build starts, and in the built pages (outside the markup
 * <ContactNumber> emits) when it ends. In `astro dev` the source check only warns.
 */
export default function phoneGuard(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'hct-phone-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        const message = phoneProblemMessage('in the content or source files', handWrittenInSources(root));
        if (!message) return;
        if (command === 'dev') logger.warn(message);
        else throw new Error(message);
      },
      'astro:build:done': ({ dir, logger }) => {
        const message = phoneProblemMessage('on built pages', handWrittenInPages(fileURLToPath(dir)));
        if (message) throw new Error(message);
        logger.info('no hand-written phone numbers on the built pages');
      },
    },
  };
}
