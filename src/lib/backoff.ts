/** Exponential back-off shared by the outbox senders (notifications, federation sync). */

/** The wait after the n-th failed attempt (n ≥ 1): base · 2^(n−1), capped. */
export function backoffDelay(attempt: number, base: number, cap: number): number {
  return Math.min(base * 2 ** Math.min(Math.max(0, attempt - 1), 40), cap);
}

/** The same with "equal jitter": half fixed, half random, so failed senders do not retry in lockstep. */
export function jitteredBackoff(attempt: number, base: number, cap: number, random: () => number = Math.random): number {
  const d = backoffDelay(attempt, base, cap);
  return Math.round(d / 2 + random() * (d / 2));
}
