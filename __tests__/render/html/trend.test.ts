import { describe, expect, it } from '@jest/globals';
import type { BaselineHistoryEntry } from '../../../src/core/model.js';
import { largestMovers, quantitiesOf, renderTrendHtml } from '../../../src/render/html/trend.js';
import { ALLOWED_TAGS, tagsIn, urlsIn } from './markup.js';
import { HISTORY, HOSTILE, REPORT } from './sample.js';

const FLOORS = { display: REPORT.metrics.display.floor, comp3: REPORT.metrics.comp3.floor };

const entry = (benchmarks: Record<string, number>): BaselineHistoryEntry => ({
  commit: null,
  timestamp: '2026-11-20T09:00:00.000Z',
  display_gibs: 1,
  comp3_mibs: 1,
  benchmarks
});

describe('quantitiesOf', () => {
  it('says throughput for benchmarks with byte throughput and time for the others', () => {
    const q = quantitiesOf(REPORT);
    expect(q['decode_display_heavy/single_threaded/1000']).toBe('throughput');
    expect(q['parse_copybook/simple_copybook']).toBe('time');
  });
});

describe('largestMovers', () => {
  const history = [
    entry({ fast: 100, slow: 1000, time: 10, flat: 5, late: 1 }),
    entry({ fast: 150, slow: 1000, time: 10, flat: 5 }),
    entry({ fast: 180, slow: 700, time: 12, flat: 5, fresh: 3 })
  ];
  const quantities = { fast: 'throughput', slow: 'throughput', time: 'time', flat: 'throughput' } as const;

  it('ranks by the size of the change from the oldest to the newest point, judging by quantity', () => {
    const movers = largestMovers(history, quantities);
    expect(movers.map((m) => [m.id, Math.round(m.change_pct), m.better])).toEqual([
      ['fast', 80, true],
      ['slow', -30, false],
      ['time', 20, false],
      ['flat', 0, null]
    ]);
    expect(movers[0]?.first).toEqual({ index: 0, value: 100 });
    expect(movers[0]?.last).toEqual({ index: 2, value: 180 });
  });

  it('needs two points per benchmark, leaves the direction open for an unknown quantity, and limits', () => {
    const ids = largestMovers(history, {}).map((m) => m.id);
    expect(ids).not.toContain('late');
    expect(ids).not.toContain('fresh');
    expect(largestMovers(history, {}).every((m) => m.better === null && m.quantity === null)).toBe(true);
    expect(largestMovers(history, quantities, 2).map((m) => m.id)).toEqual(['fast', 'slow']);
    expect(largestMovers([], quantities)).toEqual([]);
  });
});

describe('renderTrendHtml', () => {
  it('with no history says so and draws nothing', () => {
    const page = renderTrendHtml([], FLOORS);
    expect(page).toContain('data-note="history-short"');
    expect(page).toContain('No baseline history yet');
    expect(page).not.toContain('<svg');
    expect(page).toContain('0 baseline promotions');
  });

  it('with one point says the history is too short but draws that point and the floors', () => {
    const page = renderTrendHtml(HISTORY.slice(0, 1), FLOORS);
    expect(page).toContain('The history has a single point so far');
    expect(page.match(/<circle class="point"/g)).toHaveLength(2);
    expect(page.match(/<g class="floor">/g)).toHaveLength(2);
    expect(page).toContain('No benchmark has two points in the history yet.');
  });

  it('draws DISPLAY and COMP-3 with their floors in their units, sparklines and movers', () => {
    const page = renderTrendHtml(HISTORY, FLOORS, { quantities: quantitiesOf(REPORT) });
    expect(page).not.toContain('data-note="history-short"');
    expect(page).toContain('<figure class="trend" data-metric="display">');
    expect(page).toContain('<figure class="trend" data-metric="comp3">');
    expect(page).toContain('floor 80 MB/s (0.07451 GiB/s)');
    expect(page).toContain('floor 420 MiB/s (440 MB/s)');
    expect(page).toContain('DISPLAY throughput (GiB/s)');
    expect(page).toContain('COMP-3 throughput (MiB/s)');
    // A point per known value: 6 DISPLAY, 5 COMP-3 (one promotion has none).
    expect(page.match(/<circle class="point"/g)).toHaveLength(11);
    expect(page.match(/<svg class="sparkline"/g)).toHaveLength(4);
    expect(page).toMatch(
      /<table class="movers">.*?<tr data-id="decode_comp3_heavy\/streaming_processor\/1000">/s
    );
    expect(page).toContain('−38.9%');
    expect(page).toContain('⬇️ worse (time)');
    expect(page).toContain('<td class="num">3.600</td><td class="num">330.0</td>');
  });

  it('escapes ids from the history and contains nothing but allowed elements and no URLs', () => {
    const page = renderTrendHtml(HISTORY, FLOORS, { header: { runUrl: 'javascript:alert(1)' } });
    expect(page).not.toContain(HOSTILE);
    expect(page).toContain('decode_display_heavy/&lt;img src=x onerror=alert(1)&gt;');
    expect([...tagsIn(page)].filter((t) => !ALLOWED_TAGS.has(t))).toEqual([]);
    expect(urlsIn(page)).toEqual([]);
  });
});
