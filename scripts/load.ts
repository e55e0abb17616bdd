// The noisy neighbour of `npm run bench:signal`: a child process whose worker threads spin on 0, 1
// or 2 cores, switching level at random every 0.3–2 s, as other jobs on a shared runner come and go.
// The schedule comes from a seeded PRNG, so a seed replays the same pattern (in time, not in which
// benchmark it lands on). It runs as its own process because the script waits on benchmark runs,
// and ends when told to or as soon as the script that started it is gone (its IPC channel closes).

import { type ChildProcess, fork } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { prng } from '../__tests__/helpers/synthetic.js';

export interface LoadOptions {
  seed: number;
  /** The most cores kept busy at once. */
  maxBusyCores: number;
  /** How long a level lasts, drawn uniformly between these (seconds). */
  minSeconds: number;
  maxSeconds: number;
}

export const DEFAULT_LOAD: Omit<LoadOptions, 'seed'> = { maxBusyCores: 2, minSeconds: 0.3, maxSeconds: 2 };

/** What the generator did: seconds spent at each level (index = busy cores), and how many switches. */
export interface LoadSummary {
  secondsAtLevel: number[];
  switches: number;
}

/** The flag that puts the script's bundle in generator mode (see runLoadGenerator). */
export const LOAD_GENERATOR_FLAG = '--load-generator';

// Spins while its slot in the shared flags is 1 and sleeps (no CPU) while it is 0.
const SPINNER = `
const { workerData } = require('node:worker_threads');
const flags = new Int32Array(workerData.flags);
const slot = workerData.slot;
let x = 1;
for (;;) {
  Atomics.wait(flags, slot, 0);
  for (let i = 0; i < 1e6; i++) x = (Math.imul(x, 1103515245) + 12345) | 0;
  globalThis.sink = x;
}
`;

/** Generator mode: run the schedule until a 'stop' message or the parent's exit. */
export function runLoadGenerator(opts: LoadOptions): void {
  const random = prng(opts.seed);
  const flags = new Int32Array(new SharedArrayBuffer(4 * opts.maxBusyCores));
  const workers = Array.from(
    { length: opts.maxBusyCores },
    (_, slot) => new Worker(SPINNER, { eval: true, workerData: { flags: flags.buffer, slot } })
  );
  const secondsAtLevel = new Array<number>(opts.maxBusyCores + 1).fill(0);
  let switches = 0;
  let level = 0;
  let since = process.hrtime.bigint();
  let timer: NodeJS.Timeout | undefined;

  const account = (): void => {
    const now = process.hrtime.bigint();
    secondsAtLevel[level] = (secondsAtLevel[level] ?? 0) + Number(now - since) / 1e9;
    since = now;
  };
  const setLevel = (next: number): void => {
    account();
    level = next;
    for (let slot = 0; slot < opts.maxBusyCores; slot++) {
      Atomics.store(flags, slot, slot < level ? 1 : 0);
      Atomics.notify(flags, slot);
    }
  };
  const step = (): void => {
    setLevel(Math.floor(random() * (opts.maxBusyCores + 1)));
    switches++;
    const seconds = opts.minSeconds + random() * (opts.maxSeconds - opts.minSeconds);
    timer = setTimeout(step, seconds * 1000);
  };
  const stop = async (): Promise<void> => {
    clearTimeout(timer);
    setLevel(0);
    await Promise.all(workers.map((w) => w.terminate()));
    const summary: LoadSummary = { secondsAtLevel, switches };
    if (process.connected) process.send?.(summary, () => process.exit(0));
    else process.exit(0);
  };

  process.on('message', (message) => {
    if (message === 'stop') void stop();
  });
  // The script is gone (finished, killed or interrupted): no load may outlive it.
  process.on('disconnect', () => process.exit(0));
  process.on('SIGINT', () => process.exit(0));
  process.on('SIGTERM', () => process.exit(0));
  step();
}

export interface LoadHandle {
  /** Stops the generator and returns what it did. */
  stop(): Promise<LoadSummary>;
  /** Ends it at once (on an interrupt): no summary. */
  kill(): void;
}

/** Starts the generator as a child of this script: `script` is this bundle's path. */
export function startLoad(script: string, opts: LoadOptions): LoadHandle {
  const child: ChildProcess = fork(
    script,
    [
      LOAD_GENERATOR_FLAG,
      String(opts.seed),
      String(opts.maxBusyCores),
      String(opts.minSeconds),
      String(opts.maxSeconds)
    ],
    { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] }
  );
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  return {
    stop: () =>
      new Promise<LoadSummary>((resolve, reject) => {
        if (exited) {
          reject(new Error('the load generator had already exited'));
          return;
        }
        child.once('message', (summary) => resolve(summary as LoadSummary));
        child.once('exit', (code) =>
          reject(new Error(`the load generator exited (${code}) without a summary`))
        );
        child.send('stop');
      }),
    kill: () => {
      if (!exited) child.kill('SIGTERM');
    }
  };
}

/** Generator mode's options from the arguments after LOAD_GENERATOR_FLAG (as startLoad passes them). */
export function loadOptionsFromArgs(args: readonly string[]): LoadOptions {
  const [seed, maxBusyCores, minSeconds, maxSeconds] = args.map(Number);
  return {
    seed: seed ?? 1,
    maxBusyCores: maxBusyCores ?? DEFAULT_LOAD.maxBusyCores,
    minSeconds: minSeconds ?? DEFAULT_LOAD.minSeconds,
    maxSeconds: maxSeconds ?? DEFAULT_LOAD.maxSeconds
  };
}

/** "idle 34%, 1 core 33%, 2 cores 33% of 512 s; 410 switches". */
export function describeLoad(summary: LoadSummary): string {
  const total = summary.secondsAtLevel.reduce((a, b) => a + b, 0);
  const shares = summary.secondsAtLevel.map((s, level) => {
    const name = level === 0 ? 'idle' : `${level} core${level === 1 ? '' : 's'} busy`;
    return `${name} ${total > 0 ? Math.round((s / total) * 100) : 0}%`;
  });
  return `${shares.join(', ')} of ${Math.round(total)} s; ${summary.switches} switches`;
}
