/** @jsxImportSource preact */
// Keep, move or clear the record: print it as a CPD record, export it to a file, import one, clear it.
import { useRef, useState } from 'preact/hooks';

/** The largest file import reads: this browser keeps about 5 MB for a site, so a larger record could not be kept. */
export const IMPORT_LIMIT_MB = 5;
export const IMPORT_LIMIT_BYTES = IMPORT_LIMIT_MB * 1024 * 1024;

interface Props {
  /** True when the stored record is damaged: it cannot be exported (download it as it is instead). */
  damaged: boolean;
  onExport: () => void;
  /** Exports the record as xAPI statements for a learning record store. */
  onExportXapi: () => void;
  onImport: (file: File) => void;
  onClear: () => void;
}

export function ManageRecord({ damaged, onExport, onExportXapi, onImport, onClear }: Props) {
  const [confirmClear, setConfirmClear] = useState(false);
  const clearRef = useRef<HTMLButtonElement>(null);
  const confirm = () => {
    setConfirmClear(false);
    onClear();
  };
  const cancel = () => {
    setConfirmClear(false);
    requestAnimationFrame(() => clearRef.current?.focus());
  };
  return (
    <>
      <h2 class="no-print">Keep, move or clear your record</h2>
      <div class="no-print">
        <p class="button-row">
          <button type="button" class="button" onClick={() => window.print()}>
            Print my record for continuing professional development
          </button>
          <button type="button" class="button secondary" disabled={damaged} onClick={onExport}>
            Export to a file
          </button>
          <button type="button" class="button secondary" disabled={damaged} onClick={onExportXapi}>
            Export as xAPI statements
          </button>
        </p>
        <p class="small">
          The file can be imported here again, on this or another device. The xAPI statements (JSON) are for your organisation's
          learning record store (LRS), as H5P and Adapt courses send them.
        </p>
        <p>
          <label for="import-file">Import a file you exported before (it is added to this record; nothing is removed)</label>
          <span class="small learner-hint" id="import-hint">At most {IMPORT_LIMIT_MB} MB.</span>
          <input
            id="import-file"
            type="file"
            accept="application/json,.json"
            aria-describedby="import-hint"
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              input.value = '';
              if (file) onImport(file);
            }}
          />
        </p>
        {!confirmClear ? (
          <p>
            <button type="button" ref={clearRef} class="button secondary" onClick={() => setConfirmClear(true)}>
              Clear my record
            </button>
          </p>
        ) : (
          <div class="notice" role="group" aria-label="Confirm clearing">
            <p>This deletes your whole learning record from this browser. Export it first if you want to keep it.</p>
            <p class="button-row">
              <button type="button" class="button danger" onClick={confirm}>
                Yes, clear everything
              </button>
              <button type="button" class="button secondary" onClick={cancel}>
                Cancel
              </button>
            </p>
          </div>
        )}
      </div>
    </>
  );
}
