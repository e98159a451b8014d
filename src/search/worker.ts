// The search worker: Pagefind (core.ts) on a thread of its own, so that starting its WebAssembly,
// unpacking its index and searching never hold up the page (engine.ts sends the requests). A
// request is { id, method, args }: first `open`, then SearchCore's methods; each is answered
// { id, result } or { id, error }.
import { openPagefind, type SearchCore } from './core';

export type WorkerMethod = 'open' | keyof SearchCore;
export interface WorkerRequest { id: number; method: WorkerMethod; args: unknown[] }
export type WorkerReply = { id: number; result: unknown } | { id: number; error: string };

// This file runs in a DedicatedWorkerGlobalScope; the project's TypeScript library is the DOM's.
const scope = self as unknown as {
  addEventListener(type: 'message', listener: (e: MessageEvent<WorkerRequest>) => void): void;
  postMessage(reply: WorkerReply): void;
};

let core: Promise<SearchCore> | null = null;

async function answer({ method, args }: WorkerRequest): Promise<unknown> {
  if (method === 'open') {
    core ??= openPagefind();
    core.catch(() => { core = null; });
    await core;
    return undefined;
  }
  if (!core) throw new Error('search worker: open first');
  const c = await core;
  const call = c[method] as (...a: unknown[]) => Promise<unknown>;
  return call(...args);
}

scope.addEventListener('message', (e) => {
  const { id } = e.data;
  answer(e.data).then(
    (result) => scope.postMessage({ id, result }),
    (error: unknown) => scope.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
