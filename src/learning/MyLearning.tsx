/** @jsxImportSource preact */
// My learning: the learner's own record, kept only in this browser. Printable as a CPD record,
// exportable and importable as a file, clearable. A damaged record is reported, never overwritten.
import { useEffect, useRef, useState } from 'preact/hooks';
import { isoDay } from '../shared/dates';
import { markStarted } from '../shared/enhance';
import type { Result } from '../shared/errors';
import { browserStore } from '../shared/storage';
import { download } from './download';
import { ManageRecord } from './ManageRecord';
import {
  emptyRecord,
  learningKey,
  mergeRecords,
  parseImport,
  rawLearningRecord,
  readLearningRecord,
  replaceLearningRecord,
  updateLearningRecord,
  type LearningRecord,
} from './record';
import { RecordLists } from './RecordLists';
import { ReflectionForm } from './ReflectionForm';

type Message = { kind: 'ok' | 'error'; text: string };

export default function MyLearning() {
  const [record, setRecord] = useState<LearningRecord>(emptyRecord());
  const [damaged, setDamaged] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
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
    return () => window.removeEventListener('storage', onStorage);
  }, []);
  useEffect(() => {
    if (message) messageRef.current?.focus();
  }, [message]);

  /** Shows the outcome of a change to the stored record. Returns true when it was saved. */
  const saved = (result: Result<LearningRecord>, ok: string): boolean => {
    if (!result.ok) {
      setMessage({ kind: 'error', text: `${result.error.message} Nothing has changed.` });
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
    if (damaged) setMessage({ kind: 'error', text: `Your current record is damaged, so ${what}. Download or clear it first.` });
    return !!damaged;
  };

  const onImport = async (file: File) => {
    let text: string;
    try {
      text = await file.text();
    } catch {
      setMessage({ kind: 'error', text: 'The file could not be read. Nothing has changed.' });
      return;
    }
    const parsed = parseImport(text);
    if (!parsed.ok) {
      setMessage({ kind: 'error', text: `${parsed.error.message} Nothing has changed.` });
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

  const today = isoDay();

  return (
    <div class="my-learning" ref={rootRef}>
      {message && (
        <div ref={messageRef} tabIndex={-1} class={message.kind === 'error' ? 'notice notice-error' : 'notice'} role={message.kind === 'error' ? 'alert' : 'status'}>
          <p>{message.text}</p>
        </div>
      )}
      {damaged && (
        <div class="notice notice-error" role="alert">
          <p>
            <strong>Your learning record could not be read.</strong> {damaged}
          </p>
          <p>It has not been changed. You can download it as it is (to keep it or ask for help), or clear it and start a new record.</p>
          <p class="button-row no-print">
            <button type="button" class="button secondary" onClick={() => download(`my-learning-damaged-${today}.txt`, rawLearningRecord(browserStore()), 'text/plain')}>
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
        onAdd={(text) => {
          if (refuseWhenDamaged('the reflection was not added')) return false;
          const entry = { id: `r${Date.now()}`, text, writtenAt: new Date().toISOString() };
          return save((current) => ({ ...current, reflections: [...current.reflections, entry] }), 'Reflection added.');
        }}
        onEmpty={() => setMessage({ kind: 'error', text: 'Write your reflection before adding it.' })}
      />
      <ManageRecord
        damaged={!!damaged}
        onExport={() => download(`my-learning-${today}.json`, JSON.stringify(record, null, 2))}
        onImport={(file) => void onImport(file)}
        onClear={() => saved(replaceLearningRecord(browserStore(), emptyRecord()), 'Your learning record has been cleared.')}
      />
    </div>
  );
}
