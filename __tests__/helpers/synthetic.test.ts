import {
  accessSync,
  constants,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from '@jest/globals';
import { parseCriterionDir } from '../../src/adapters/criterion/disk.js';
import { bytesPerSecond } from '../../src/core/criterion/measurement.js';
import { GIB, MIB } from '../../src/core/units.js';
import { criterionDirectoryName, makeFilenameSafe, writeSyntheticCriterionTree } from './synthetic.js';

const REAL = fileURLToPath(new URL('../fixtures/criterion-disk/criterion-0.3.6', import.meta.url));

function isWritableDir(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

// tmpfs when there is one: the 10,000-benchmark tree is 50,000 inodes, slow to create and delete on a busy disk.
const scratch = mkdtempSync(
  path.join(isWritableDir('/dev/shm') ? '/dev/shm' : tmpdir(), 'criterion-synthetic-')
);
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const dirFor = (name: string): string => path.join(scratch, name);

/** Every `new/benchmark.json` under `root`, relative and `/`-separated, found without our reader. */
function newBenchmarkFiles(root: string): string[] {
  return (readdirSync(root, { recursive: true }) as string[])
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => file.endsWith('/new/benchmark.json'))
    .sort();
}

describe('makeFilenameSafe and criterionDirectoryName', () => {
  it('replaces each of ?"/\\*<>:|^ with _', () => {
    expect(makeFilenameSafe('a?b"c/d\\e*f<g>h:i|j^k l')).toBe('a_b_c_d_e_f_g_h_i_j_k l');
  });

  it('cuts a segment to 64 bytes without splitting a character', () => {
    expect(makeFilenameSafe('x'.repeat(70))).toBe('x'.repeat(64));
    expect(makeFilenameSafe('é'.repeat(40))).toBe('é'.repeat(32));
    expect(makeFilenameSafe(`${'a'.repeat(63)}é`)).toBe('a'.repeat(63));
  });

  it('names every benchmark of a real criterion 0.3.6 tree the way criterion did', () => {
    const files = newBenchmarkFiles(REAL);
    expect(files).toHaveLength(5);
    for (const file of files) {
      const bench = JSON.parse(readFileSync(path.join(REAL, file), 'utf8')) as Record<string, string | null>;
      const name = criterionDirectoryName(
        bench.group_id as string,
        bench.function_id ?? null,
        bench.value_str ?? null
      );
      expect(name).toBe(bench.directory_name);
      expect(`${name}/new/benchmark.json`).toBe(file);
    }
  });
});

describe('writeSyntheticCriterionTree', () => {
  it("writes criterion's layout: new/, base/, change/ under sanitised names, report/ on request", () => {
    const dir = dirFor('layout');
    const written = writeSyntheticCriterionTree(dir, 30, { report: true });
    expect(written).toHaveLength(30);
    for (const { directory, benchmark } of written) {
      const bench = path.join(dir, ...directory.split('/'));
      expect(benchmark.directory_name).toBe(directory);
      for (const file of [
        'new/benchmark.json',
        'new/estimates.json',
        'base/benchmark.json',
        'base/estimates.json'
      ]) {
        expect(statSync(path.join(bench, file)).isFile()).toBe(true);
      }
      expect(
        Object.keys(JSON.parse(readFileSync(path.join(bench, 'change/estimates.json'), 'utf8')))
      ).toEqual(['mean', 'median']);
      expect(existsSync(path.join(bench, 'report/index.html'))).toBe(true);
    }
    expect(newBenchmarkFiles(dir)).toHaveLength(30);
    // Ids that criterion must sanitise are among them.
    expect(written.some(({ id, directory }) => id !== directory)).toBe(true);
    expect(
      written.some(({ directory }) => directory.split('/').some((part) => Buffer.byteLength(part) === 64))
    ).toBe(true);
  });

  it('writes no base/ or change/ without a baseline', () => {
    const dir = dirFor('no-baseline');
    const [first] = writeSyntheticCriterionTree(dir, 3, { baseline: false });
    const bench = path.join(dir, ...(first?.directory ?? '').split('/'));
    expect(readdirSync(bench)).toEqual(['new']);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    const a = writeSyntheticCriterionTree(dirFor('seed-a'), 40, { seed: 7 });
    const b = writeSyntheticCriterionTree(dirFor('seed-b'), 40, { seed: 7 });
    const c = writeSyntheticCriterionTree(dirFor('seed-c'), 40, { seed: 8 });
    expect(b).toEqual(a);
    const file = path.join(...(a[3]?.directory ?? '').split('/'), 'base', 'estimates.json');
    expect(readFileSync(path.join(dirFor('seed-b'), file), 'utf8')).toBe(
      readFileSync(path.join(dirFor('seed-a'), file), 'utf8')
    );
    expect(c.map((x) => x.id)).toEqual(a.map((x) => x.id));
    expect(c.map((x) => x.estimates)).not.toEqual(a.map((x) => x.estimates));
  });

  it('reads back through parseCriterionDir with realistic copybook rates and every throughput kind', async () => {
    const dir = dirFor('roundtrip');
    const written = writeSyntheticCriterionTree(dir, 400);
    const { measurements, problems } = await parseCriterionDir(dir);
    expect(problems).toEqual([]);
    expect(measurements.map((m) => m.id)).toEqual(written.map((w) => w.id).sort((x, y) => (x < y ? -1 : 1)));

    const kinds = new Set(measurements.map((m) => m.throughput?.kind ?? 'none'));
    expect([...kinds].sort()).toEqual([
      'bits',
      'bytes',
      'bytes_decimal',
      'elements',
      'elements_and_bytes',
      'none'
    ]);
    expect(written.some((w) => w.estimates.slope === null)).toBe(true);
    expect(written.some((w) => w.estimates.slope !== null)).toBe(true);

    const rates = (group: string): number[] =>
      measurements.filter((m) => m.group === group).map((m) => bytesPerSecond(m)?.point ?? Number.NaN);
    const display = rates('decode_display_heavy');
    const comp3 = rates('decode_comp3_heavy');
    expect(display.length).toBeGreaterThan(50);
    expect(comp3.length).toBeGreaterThan(50);
    // Slope noise is small, so the rates stay near the ranges the generator draws from.
    for (const rate of display) expect(rate / GIB).toBeGreaterThan(1.8);
    for (const rate of display) expect(rate / GIB).toBeLessThan(4.8);
    for (const rate of comp3) expect(rate / MIB).toBeGreaterThan(280);
    for (const rate of comp3) expect(rate / MIB).toBeLessThan(750);
  });

  // How fast is npm run bench's to say (it prints the figures); a test never depends on a quiet machine.
  it('writes 10,000 benchmarks that all read back', async () => {
    const dir = dirFor('scale');
    writeSyntheticCriterionTree(dir, 10_000);
    const { measurements, problems } = await parseCriterionDir(dir);
    expect(problems).toEqual([]);
    expect(measurements).toHaveLength(10_000);
    expect(new Set(measurements.map((m) => m.id)).size).toBe(10_000);
  });
});
