// Guards around Astro's content loaders, so that a broken content file fails the build naming the
// file, instead of an empty collection or "Cannot read properties of undefined" later:
// - a data file (file() loader) must hold a non-empty YAML list, and the fields that identify an
//   entry (id; the glossary's term) must be unique: Astro's file() loader keys entries by id, so a
//   second entry with the same id would silently replace the first;
// - every file a glob() loader reads must have content (a YAML entry must be a mapping).
// YAML is read with the `yaml` package, which also rejects a key written twice in one entry.
import { readFileSync, globSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { file, glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { isMap, isNode, isSeq, LineCounter, parseDocument } from 'yaml';

/** An entry of a data file, with the line it starts on. */
interface Located {
  value: Record<string, unknown>;
  line: number;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A list whose entries do not repeat any of the given fields (compared after trimming). */
function uniqueBy(fields: readonly string[]) {
  return z.array(z.object({ value: z.record(z.string(), z.unknown()), line: z.number() })).superRefine((entries, ctx) => {
    for (const field of fields) {
      const seen = new Map<string, number>();
      entries.forEach(({ value, line }, i) => {
        const raw = Object.hasOwn(value, field) ? value[field] : undefined;
        if (typeof raw !== 'string' && typeof raw !== 'number') return;
        const key = String(raw).trim();
        const first = seen.get(key);
        if (first === undefined) seen.set(key, line);
        else ctx.addIssue({ code: 'custom', path: [i, field], message: `${field} "${key}" is used twice: line ${first} and line ${line}` });
      });
    }
  });
}

/**
 * Parses a YAML data file that must be a list of entries, and checks that no two entries share a
 * value of any `unique` field. Throws, naming the file (and the field and lines), when the file is
 * empty, is not valid YAML, is not a list, or repeats an identifying field.
 */
export function parseYamlList(text: string, fileName: string, unique: readonly string[] = ['id']): Array<Record<string, unknown>> {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: true });
  if (doc.errors.length) throw new Error(`${fileName} is not valid YAML: ${doc.errors.map((e) => e.message).join('; ')}`);
  if (doc.contents === null) throw new Error(`${fileName} is empty: it must hold a list of entries ("- id: …").`);
  if (!isSeq(doc.contents)) throw new Error(`${fileName} must be a list of entries ("- id: …"), not a single ${isMap(doc.contents) ? 'mapping' : 'value'}.`);
  if (!doc.contents.items.length) throw new Error(`${fileName} has an empty list: it must hold at least one entry.`);
  const values: unknown = doc.toJS();
  const list: unknown[] = Array.isArray(values) ? values : [];
  const entries: Located[] = doc.contents.items.map((item, i) => {
    const line = lineCounter.linePos(isNode(item) && item.range ? item.range[0] : 0).line;
    const value = list[i];
    if (!isRecord(value)) throw new Error(`${fileName}: the entry at line ${line} must be a mapping of fields ("id: …"), not a single value.`);
    return { value, line };
  });
  const checked = uniqueBy(unique).safeParse(entries);
  if (!checked.success) throw new Error(`${fileName}: ${checked.error.issues.map((i) => i.message).join('; ')}`);
  return entries.map((e) => e.value);
}

/** Reads and checks a YAML list (see parseYamlList); errors name the file relative to the working directory. */
export function readYamlList(path: string, unique?: readonly string[]): Array<Record<string, unknown>> {
  return parseYamlList(readFileSync(path, 'utf8'), relative(process.cwd(), path), unique);
}

/**
 * Astro's file() loader for a YAML list, checked first by parseYamlList (the file() loader on its
 * own logs a broken file and carries on with an empty collection, and keeps the last of two
 * entries with the same id).
 */
export function yamlListFile(fileName: string, options: { unique?: readonly string[] } = {}): Loader {
  const inner = file(fileName, { parser: (text) => parseYamlList(text, fileName, options.unique) });
  // Keeps the file() loader's name: Astro writes the collection's JSON schema as a list for it.
  return {
    ...inner,
    load: async (context) => {
      readYamlList(fileURLToPath(new URL(fileName, context.config.root)), options.unique);
      return inner.load(context);
    },
  };
}

/**
 * Why a content entry file cannot be loaded, or undefined when it can: an empty (or blank) file,
 * or a YAML file that is not one mapping of fields.
 */
export function entryFileProblem(text: string, fileName: string): string | undefined {
  if (!text.trim()) return `${fileName} is empty`;
  if (!/\.ya?ml$/i.test(fileName)) return undefined;
  const doc = parseDocument(text);
  if (doc.errors.length) return `${fileName} is not valid YAML: ${doc.errors.map((e) => e.message).join('; ')}`;
  if (doc.contents === null) return `${fileName} has no data (only comments)`;
  if (!isMap(doc.contents)) return `${fileName} must be one mapping of fields ("title: …"), not a ${isSeq(doc.contents) ? 'list' : 'single value'}`;
  return undefined;
}

/** The problems (see entryFileProblem) of every file a glob() loader with these options would read, from `root`. */
export function globEntryProblems(root: string, options: { pattern: string; base: string }): string[] {
  const base = join(root, options.base);
  return globSync(options.pattern, { cwd: base })
    .sort()
    .map((f) => entryFileProblem(readFileSync(join(base, f), 'utf8'), relative(root, join(base, f))))
    .filter((p) => p !== undefined);
}

/** Astro's glob() loader, after checking that no file it will read is empty (see entryFileProblem). */
export function checkedGlob(options: { pattern: string; base: string }): Loader {
  const inner = glob(options);
  return {
    ...inner,
    load: async (context) => {
      const problems = globEntryProblems(fileURLToPath(context.config.root), options);
      if (problems.length) throw new Error(problems.join('\n'));
      return inner.load(context);
    },
  };
}
