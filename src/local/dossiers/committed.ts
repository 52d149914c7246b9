/**
 * "A dossier change has just committed": a hint for the senders that wait for such changes (the local → national
 * sync), so they send at once instead of at their next poll. Only a hint — a change this misses (another process,
 * a path that does not call it) is found by the sender's poll.
 */
type Listener = () => void;
const listeners = new Set<Listener>();

/** Listen; returns the function that stops listening. */
export function onDossierCommitted(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/** Tell the listeners (never throws; they must not block). */
export function dossierCommitted(): void {
  for (const l of listeners) {
    try {
      l();
    } catch {
      // a hint: a failing listener must not fail the action that committed
    }
  }
}
