// The filter among bench-args: criterion takes one positional argument, a regex of the benchmarks
// to run. A sharded run replaces it with the ids of its share, so it must tell the filter from
// an option's value. Pure.

/**
 * criterion's options that take a value (0.3 to 0.5, and libtest's that cargo bench accepts): the
 * word after any of them is that value, not the filter. `--name=value` needs no list.
 */
const TAKES_VALUE = new Set([
  '-c',
  '--color',
  '-s',
  '--save-baseline',
  '-b',
  '--baseline',
  '--baseline-lenient',
  '--load-baseline',
  '--profile-time',
  '--sample-size',
  '--warm-up-time',
  '--measurement-time',
  '--nresamples',
  '--noise-threshold',
  '--confidence-level',
  '--significance-level',
  '--plotting-backend',
  '--output-format',
  '--format',
  '--logfile',
  '--test-threads',
  '--skip',
  '-Z'
]);

export interface BenchArgsSplit {
  /** bench-args without the filter, in their order. */
  options: string[];
  /** The filter, or null when bench-args have none. */
  filter: string | null;
  /** Positional words after the first: criterion takes only one. */
  extra: string[];
}

/** bench-args split into the options and the filter (the first word that is no option or value). */
export function splitBenchFilter(benchArgs: readonly string[]): BenchArgsSplit {
  const options: string[] = [];
  const positional: string[] = [];
  for (let i = 0; i < benchArgs.length; i++) {
    const arg = benchArgs[i] as string;
    if (arg === '--') {
      // Everything after a bare `--` is positional to clap.
      positional.push(...benchArgs.slice(i + 1));
      break;
    }
    if (arg.startsWith('-') && arg !== '-') {
      options.push(arg);
      if (TAKES_VALUE.has(arg) && i + 1 < benchArgs.length) options.push(benchArgs[++i] as string);
      continue;
    }
    positional.push(arg);
  }
  return { options, filter: positional[0] ?? null, extra: positional.slice(1) };
}
