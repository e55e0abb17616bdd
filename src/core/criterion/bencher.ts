// Reads bencher-format lines: criterion's `--output-format bencher` and libtest's `#[bench]` output.
//
//   test <id> ... bench:      1,234 ns/iter (+/- 56)
//
// What the two numbers are (criterion.rs src/report.rs BencherReport; libtest fmt_bench_samples):
// - the first is the MEDIAN time per iteration (not criterion's typical slope/mean), cut to an integer
//   by criterion and by old libtest; newer libtest prints two decimals;
// - "+/-" is criterion's std_dev point estimate, but libtest's max - min of its (winsorized) samples.
// Neither is a confidence interval, and a line does not say which tool wrote it.

import { TIME_UNITS_NS } from '../units.js';
import { type Measurement, type ParseResult, splitId } from './measurement.js';
import { screenMeasurements } from './plausible.js';
import { panicMessage, panicText, visibleLine } from './text.js';

/** One bencher line as printed (thousands separators removed). */
export interface BencherEntry {
  id: string;
  /** The printed median, in ns per iteration. */
  bencher_ns: number;
  /** The printed "+/-" figure, in ns. */
  deviation_ns: number;
}

interface Located extends BencherEntry {
  line: number;
}

interface Scan {
  entries: Located[];
  problems: Array<{ line: number; message: string }>;
  /** Lines shaped `test … ... bench:`, readable or not. */
  benchLines: number;
  timeLines: number;
}

// Anchored, one lazy group closed by a fixed literal: linear per line.
const LINE =
  /^test (.+?) \.\.\. bench: +(\d[\d,]*(?:\.\d+)?) ([^\s/]+)\/iter \(\+\/- (\d[\d,]*(?:\.\d+)?)\)(?: = \d+ MB\/s)?\s*$/;

const EXAMPLE = '"test <id> ... bench:      1,234 ns/iter (+/- 56)"';

function scan(text: string): Scan {
  const entries: Located[] = [];
  const problems: Scan['problems'] = [];
  let timeLines = 0;
  let benchLines = 0;
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = visibleLine(lines[index] ?? '');
    const lineNo = index + 1;
    if (line.startsWith('test ') && line.includes(' ... bench:')) {
      benchLines++;
      const match = LINE.exec(line);
      const unit = match?.[3] ?? '';
      const factor = TIME_UNITS_NS[unit];
      if (!match) {
        problems.push({
          line: lineNo,
          message: `cannot read the bencher line "${line.trim()}": expected ${EXAMPLE}`
        });
      } else if (factor === undefined) {
        // criterion prints a custom measurement's own unit (e.g. cycles/iter): not a time.
        problems.push({
          line: lineNo,
          message: `"${unit}/iter" of "${match[1]?.trimEnd()}" is not a time unit`
        });
      } else {
        entries.push({
          id: (match[1] ?? '').trimEnd(),
          bencher_ns: Number((match[2] ?? '').replaceAll(',', '')) * factor,
          deviation_ns: Number((match[4] ?? '').replaceAll(',', '')) * factor,
          line: lineNo
        });
      }
      continue;
    }
    const panic = panicText(line);
    if (panic) problems.push({ line: lineNo, message: panicMessage(panic) });
    else if (/(?:^|\s)time:\s*\[/.test(line)) timeLines++;
  }
  return { entries, problems, benchLines, timeLines };
}

/** Every bencher-format line, as printed (numbers without thousands separators). */
export function readBencherText(text: string): BencherEntry[] {
  return scan(text).entries.map(({ id, bencher_ns, deviation_ns }) => ({ id, bencher_ns, deviation_ns }));
}

/**
 * Bencher-format output as measurements (source 'bencher'): the median as the point, no throughput.
 *
 * Bounds: point ± the "+/-" figure (lower clamped at 0). That is a spread of single samples, wider
 * than a 95% interval of the median for any usual sample count, so comparisons that use it can miss
 * a small change but do not invent one; point-only bounds would claim a precision the line lacks.
 * `std_dev_ns` stays null: the figure is a std dev for criterion but a range for libtest.
 */
export function parseBencherText(text: string, sourceName: string): ParseResult {
  const { entries, problems: notes, benchLines, timeLines } = scan(text);
  const located = [...notes];
  const read: Array<{ measurement: Measurement; line: number }> = [];
  for (const entry of entries) {
    if (!(entry.bencher_ns > 0)) {
      located.push({
        line: entry.line,
        message: `"${entry.id}" reports ${entry.bencher_ns} ns/iter: a zero time cannot be compared (was the work optimised away?)`
      });
      continue;
    }
    const dev = entry.deviation_ns;
    read.push({
      line: entry.line,
      measurement: {
        id: entry.id,
        // criterion titles split like its full_id; libtest paths (`mod::bench_x`) have no '/'.
        ...splitId(entry.id),
        throughput: null,
        time_ns: {
          lower: Math.max(0, entry.bencher_ns - dev),
          point: entry.bencher_ns,
          upper: entry.bencher_ns + dev
        },
        std_dev_ns: null,
        rate: null,
        source: 'bencher'
      }
    });
  }
  const where = (line: number): string => `${sourceName}, line ${line}`;
  const { plausible, implausible } = screenMeasurements(
    read,
    (r) => r.measurement,
    (r) => where(r.line)
  );
  const measurements = plausible.map((r) => r.measurement);
  located.sort((a, b) => a.line - b.line);
  const problems = located.map((note) => `${where(note.line)}: ${note.message}`);
  if (benchLines === 0) {
    const hint = timeLines > 0 ? ` (it holds criterion "time:" lines: read it as criterion text output)` : '';
    problems.unshift(`no bencher results in ${sourceName}: expected lines like ${EXAMPLE}${hint}`);
  }
  return implausible.length > 0 ? { measurements, problems, implausible } : { measurements, problems };
}
