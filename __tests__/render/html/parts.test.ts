import { describe, expect, it } from '@jest/globals';
import { GIB, MIB } from '../../../src/core/units.js';
import {
  complianceBadge,
  facts,
  findingsList,
  floorText,
  formatFactor,
  metricValueText,
  statusBadge
} from '../../../src/render/html/parts.js';

const display = { unit: 'GiB/s' as const, floor: { text: '80 MB/s', bytes_per_second: 80e6 } };
const comp3 = { unit: 'MiB/s' as const, floor: { text: '40 MiB/s', bytes_per_second: 40 * MIB } };

describe('number formats', () => {
  it('writes metric values in their unit with their digits', () => {
    expect(metricValueText(display, 4.2163 * GIB)).toBe('4.216 GiB/s');
    expect(metricValueText(display, 33.99e6)).toBe('0.03166 GiB/s');
    expect(metricValueText(comp3, 571.04 * MIB)).toBe('571.0 MiB/s');
    expect(metricValueText(comp3, null)).toBe('n/a');
    expect(formatFactor(56.567)).toBe('56.57×');
    expect(formatFactor(null)).toBe('n/a');
  });

  it('adds the metric unit and MB/s to a floor only when it is written in another unit', () => {
    expect(floorText(display)).toBe('80 MB/s (0.07451 GiB/s)');
    expect(floorText(comp3)).toBe('40 MiB/s (41.9 MB/s)');
    expect(floorText({ unit: 'GiB/s', floor: { text: '1.5e8 B/s', bytes_per_second: 1.5e8 } })).toBe(
      '1.5e8 B/s (0.1397 GiB/s, 150 MB/s)'
    );
    expect(floorText({ unit: 'GiB/s', floor: { text: '4 GiB/s', bytes_per_second: 4 * GIB } })).toBe(
      '4 GiB/s (4295 MB/s)'
    );
  });
});

describe('badges, facts and findings', () => {
  it('marks status and compliance for styling and tests', () => {
    expect(statusBadge('missing').value).toBe(
      '<span class="badge status-missing" data-status="missing">❌ missing</span>'
    );
    expect(statusBadge('pass').value).toContain('✅ pass');
    expect(complianceBadge('NonCompliant').value).toContain('data-compliance="NonCompliant"');
  });

  it('shows n/a for unknown facts and escapes values', () => {
    expect(
      facts([
        ['A', null],
        ['B', '<x>']
      ]).value
    ).toBe('<dl class="facts"><dt>A</dt><dd>n/a</dd><dt>B</dt><dd>&lt;x&gt;</dd></dl>');
  });

  it('lists errors before warnings, escaped; says when there are none', () => {
    expect(findingsList([], []).value).toBe('<p>No errors and no warnings.</p>');
    expect(findingsList(['e<'], ['w>']).value).toBe(
      '<ul class="findings"><li class="error status-fail">❌ e&lt;</li><li class="warning status-warn">⚠️ w&gt;</li></ul>'
    );
  });
});
