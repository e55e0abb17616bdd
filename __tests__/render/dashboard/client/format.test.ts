// The dashboard script's formatting, run as the browser runs it (the script's text evaluated).

import { describe, expect, it } from '@jest/globals';
import { CLIENT_FORMAT, FORMAT_API } from '../../../../src/render/dashboard/client/format.js';

type Unit = [string, number];
interface Format {
  scaleOf(quantity: string, magnitude: number): Unit;
  formatIn(value: number, unit: Unit): string;
  formatValue(spec: { quantity: string; unit: Unit | null }, value: number | null): string;
  changeOf(previous: number | null, value: number | null): number | null;
  formatChange(percent: number | null): string;
  formatDate(iso: string): string;
  shortSha(sha: string): string;
  commitUrl(repository: unknown, sha: string): string | null;
}

const format = new Function(`${CLIENT_FORMAT}\nreturn { ${FORMAT_API.join(', ')} };`)() as Format;
const GIB = 1024 ** 3;

describe('the dashboard script formats', () => {
  it('throughput in binary units from B/s to GiB/s, time from ns to s, three significant digits', () => {
    const throughput = { quantity: 'throughput', unit: null };
    const time = { quantity: 'time', unit: null };
    expect(format.formatValue(throughput, 1.42 * GIB)).toBe('1.42 GiB/s');
    expect(format.formatValue(throughput, 80e6)).toBe('76.3 MiB/s');
    expect(format.formatValue(throughput, 2048)).toBe('2.00 KiB/s');
    expect(format.formatValue(throughput, 512)).toBe('512 B/s');
    expect(format.formatValue(throughput, 0.5)).toBe('0.50 B/s');
    expect(format.formatValue(time, 12.345)).toBe('12.3 ns');
    expect(format.formatValue(time, 1500)).toBe('1.50 \u00b5s');
    expect(format.formatValue(time, 2.5e6)).toBe('2.50 ms');
    expect(format.formatValue(time, 3e9)).toBe('3.00 s');
    expect(format.formatValue(throughput, null)).toBe('no value');
  });

  it('a headline in its fixed unit', () => {
    expect(format.formatValue({ quantity: 'throughput', unit: ['GiB/s', 1] }, 0.0745)).toBe('0.07 GiB/s');
    expect(format.formatValue({ quantity: 'throughput', unit: ['MiB/s', 1] }, 1234.5)).toBe('1235 MiB/s');
  });

  it('the change against the previous point in percent, with a real minus sign', () => {
    expect(format.formatChange(format.changeOf(100, 101.25))).toBe('+1.3% vs previous');
    expect(format.formatChange(format.changeOf(200, 150))).toBe('\u221225.0% vs previous');
    expect(format.formatChange(format.changeOf(5, 5))).toBe('\u00b10.0% vs previous');
    expect(format.formatChange(format.changeOf(null, 5))).toBe('first point');
    expect(format.changeOf(0, 5)).toBeNull();
  });

  it('dates and short shas', () => {
    expect(format.formatDate('2024-01-31T12:34:56Z')).toBe('2024-01-31 12:34 UTC');
    expect(format.shortSha('0123456789abcdef')).toBe('0123456');
  });

  it('a commit link only under an http(s) repository, the sha encoded', () => {
    expect(format.commitUrl('https://github.com/acme/x/', 'abc123')).toBe(
      'https://github.com/acme/x/commit/abc123'
    );
    expect(format.commitUrl('http://git.example/acme/x', 'abc')).toBe('http://git.example/acme/x/commit/abc');
    expect(format.commitUrl('https://github.com/acme/x', '../"><x')).toBe(
      'https://github.com/acme/x/commit/..%2F%22%3E%3Cx'
    );
    expect(format.commitUrl('javascript:alert(1)//https://x', 'abc')).toBeNull();
    expect(format.commitUrl(' https://x', 'abc')).toBeNull();
    expect(format.commitUrl('file:///tmp/repo', 'abc')).toBeNull();
    expect(format.commitUrl(null, 'abc')).toBeNull();
  });
});
