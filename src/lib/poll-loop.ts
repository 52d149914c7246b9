/**
 * A background polling loop shared by the outbox senders: runs `pass` at once, again immediately while it reports
 * more work, otherwise after `intervalMs`; never two passes at once; `stop()` waits for the pass in progress.
 */
export interface PollLoop {
  stop(): Promise<void>;
  /** Run a pass now, outside the timer (tests); waits for the one in progress first. */
  kick(): Promise<void>;
}

export function startPollLoop(opts: {
  /** One pass; resolves true when there may be more work right away. */
  pass: () => Promise<boolean>;
  intervalMs: number;
  onError: (err: unknown) => void;
}): PollLoop {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();

  const runPasses = async (): Promise<void> => {
    try {
      while (!stopped && (await opts.pass()));
    } catch (err) {
      opts.onError(err);
    }
  };
  const tick = async (): Promise<void> => {
    timer = undefined;
    current = current.then(runPasses);
    await current;
    if (!stopped) {
      timer = setTimeout(() => void tick(), opts.intervalMs);
      timer.unref();
    }
  };
  timer = setTimeout(() => void tick(), 0);
  timer.unref();
  return {
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await current;
    },
    async kick() {
      current = current.then(runPasses);
      await current;
    },
  };
}
