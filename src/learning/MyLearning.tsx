/** @jsxImportSource preact */
// My learning: the learner's own record, kept only in this browser. Printable as a CPD record for a
// manager to sign, exportable as a file or as xAPI statements, importable, clearable. A damaged record
// is reported, never overwritten.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { isoDay } from '../shared/dates';
import { markStarted } from '../shared/enhance';
import type { Result } from '../shared/errors';
import { browserStore } from '../shared/storage';
import type { LearningCatalogue } from './catalogue';
import { lookup } from './catalogue';
import { CpdPrint } from './CpdPrint';
import { download } from './download';
import { LearnerDetails } from './LearnerDetails';
import { IMPORT_LIMIT_BYTES, IMPORT_LIMIT_MB, ManageRecord } from './ManageRecord';
import { readProfile, saveProfile, type LearnerProfile } from './profile';
import {
  addReflection,
  clearLearningRecord,
  emptyRecord,
  learningKey,
  mergeRecords,
  parseImport,
  rawLearningRecord,
  readLearningRecord,
  updateLearningRecord,
  type LearningRecord,
} from './record';
import { RecordLists } from './RecordLists';
import { ReflectionForm } from './ReflectionForm';

type Message = { kind: 'ok' | 'error'; text: string };

/**
 * A record of up to this many entries has its printout made with the page. A larger one has it made
 * only when the browser is about to print (beforeprint, which window.print() and the browser's own
 * Print both fire), so that showing and changing a record of thousands of reflections stays quick.
 */
const PRINT_WITH_PAGE = 500;

interface Props {
  /** The site's public address (SITE_URL), or null when the site was built without one. */
  siteUrl: string | null;
  catalogue: LearningCatalogue;
}

export default function MyLearning({ siteUrl, catalogue }: Props) {
  const [record, setRecord] = useState<LearningRecord>(emptyRecord());
  const [profile, setProfile] = useState<LearnerProfile>(() => readProfile(browserStore()));
  const [damaged, setDamaged] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [printing, setPrinting] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  const load = () => {
    const r = readLearningRecord(browserStore());
    if (r.ok) {
      setRecord(r.value);
      setDamaged(null);
    } else setDamaged(r.error.message);
  };
  useEffect(() => {
    markStarted(rootRef.current);
    load();
    // A scenario finished in another tab shows up here too.
    const onStorage = (e: StorageEvent) => {
      if (e.key === learningKey || e.key === null) load();
    };
    window.addEventListener('storage', onStorage);
    // Preact renders the printout in a microtask, before the browser lays the page out for print.
    const onBeforePrint = () => setPrinting(true);
    window.addEventListener('beforeprint', onBeforePrint);
    return () => {
      window.removeEventListener('storage', onStorage);
      window.removeEventListener('beforeprint', onBeforePrint);
    };
  }, []);
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  const fail = (text: string) => setMessage({ kind: 'error', text });
  /** Shows the outcome of a change to the stored record. Returns true when it was saved. */
  const saved = (result: Result<LearningRecord>, ok: string): boolean => {
    if (!result.ok) {
      fail(`${result.error.message} Nothing has changed.`);
      return false;
    }
    setRecord(result.value);
    setDamaged(null);
    setMessage({ kind: 'ok', text: ok });
    return true;
  };
  /** Applies a change to the stored record (never to a stale copy). Returns true when saved. */
  const save = (change: (current: LearningRecord) => LearningRecord, ok: string): boolean =>
    saved(updateLearningRecord(browserStore(), change), ok);

  const refuseWhenDamaged = (what: string): boolean => {
    if (damaged) fail(`Your current record is damaged, so ${what}. Download or clear it first.`);
    return !!damaged;
  };

  const onImport = async (file: File) => {
    // Checked before the file is read: reading and parsing a very large file would freeze the page.
    if (file.size > IMPORT_LIMIT_BYTES) {
      fail(`The file could not be imported: it is ${(file.size / 1024 / 1024).toFixed(1)} MB, and a learning record file can be at most ${IMPORT_LIMIT_MB} MB (the most this browser keeps for the site). Nothing has changed.`);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      fail('The file could not be read. Nothing has changed.');
      return;
    }
    const parsed = parseImport(text);
    if (!parsed.ok) {
      fail(`${parsed.error.message} Nothing has changed.`);
      return;
    }
    if (refuseWhenDamaged('nothing was imported into it')) return;
    let added = 0;
    const merged = (current: LearningRecord) => {
      const m = mergeRecords(current, parsed.value);
      added = m.added;
      return m.record;
    };
    if (save(merged, 'Imported.')) {
      const text = added === 0 ? 'That file holds nothing that is not already in your record.' : `Imported ${added} ${added === 1 ? 'entry' : 'entries'}.`;
      setMessage({ kind: 'ok', text });
    }
  };

  const onExportXapi = async () => {
    const { toStatements } = await import('./xapi');
    const describe = (kind: 'scenario' | 'briefing', id: string) => (kind === 'scenario' ? lookup(catalogue.scenarios, id) : lookup(catalogue.briefings, id))?.summary;
    try {
      const statements = await toStatements(record, profile, { base: siteUrl ?? window.location.origin, describe });
      download(`my-learning-xapi-${isoDay()}.json`, JSON.stringify(statements, null, 2));
    } catch {
      fail('The xAPI statements could not be made in this browser. Export to a file instead.');
    }
  };

  const onDownloadDamaged = () => {
    const raw = rawLearningRecord(browserStore());
    if (raw.ok) download(`my-learning-damaged-${isoDay()}.txt`, raw.value, 'text/plain');
    else fail(raw.error.message);
  };

  // The printout holds every entry; made again only when the record or the learner's details change.
  const entries = record.scenarios.length + record.briefings.length + record.reflections.length;
  const withPrintout = printing || entries <= PRINT_WITH_PAGE;
  const printout = useMemo(
    () => (withPrintout ? <CpdPrint record={record} profile={profile} catalogue={catalogue} siteUrl={siteUrl} /> : null),
    [record, profile, withPrintout],
  );

  return (
    <div class="my-learning" ref={rootRef}>
      {message && (
        <div ref={messageRef} tabIndex={-1} class={`no-print ${message.kind === 'error' ? 'notice notice-error' : 'notice'}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          <p>{message.text}</p>
        </div>
      )}
      {damaged && (
        <div class="notice notice-error no-print" role="alert">
          <p>
            <strong>Your learning record could not be read.</strong> {damaged}
          </p>
          <p>It has not been changed. You can download it as it is (to keep it or ask for help), or clear it and start a new record.</p>
          <p class="button-row">
            <button type="button" class="button secondary" onClick={onDownloadDamaged}>
              Download the damaged record
            </button>
          </p>
        </div>
      )}

      <RecordLists
        record={record}
        onDelete={(r) => save((current) => ({ ...current, reflections: current.reflections.filter((x) => x.id !== r.id) }), 'Reflection deleted.')}
      />
      <ReflectionForm
        onAdd={(text) => !refuseWhenDamaged('the reflection was not added') && save((current) => addReflection(current, text), 'Reflection added.')}
        onEmpty={() => fail('Write your reflection before adding it.')}
      />
      <LearnerDetails
        profile={profile}
        onSave={(p) => {
          const r = saveProfile(browserStore(), p);
          if (!r.ok) fail(r.error.message);
          else {
            setProfile(r.value);
            setMessage({ kind: 'ok', text: 'Your details are saved on this device.' });
          }
          return r.ok;
        }}
      />
      <ManageRecord
        damaged={!!damaged}
        onExport={() => download(`my-learning-${isoDay()}.json`, JSON.stringify(record, null, 2))}
        onExportXapi={() => void onExportXapi()}
        onImport={(file) => void onImport(file)}
        onClear={() => saved(clearLearningRecord(browserStore()), 'Your learning record has been cleared.')}
      />
      {printout}
    </div>
  );
}
