import { describe, expect, it } from '@jest/globals';
import { GIB, MIB } from '../../../src/core/units.js';
import {
  type IntervalRow,
  layoutIntervalChart,
  renderIntervalChart,
  truncateLabel
} from '../../../src/render/charts/interval-chart.js';

const around = (point: number, spread = 0.02) => ({
  lower: point * (1 - spread),
  point,
  upper: point * (1 + spread)
});

const ROWS: IntervalRow[] = [
  { id: 'other/x', metric: null, interval: around(800 * MIB) },
  { id: 'comp3/a', metric: 'comp3', interval: around(512 * MIB) },
  { id: 'display/a', metric: 'display', interval: around(4 * GIB) },
  { id: 'comp3/b', metric: 'comp3', interval: around(300 * MIB) },
  { id: 'display/b', metric: 'display', interval: around(2.5 * GIB) }
];
const FLOORS = [
  { metric: 'display' as const, label: 'DISPLAY floor 80 MB/s', bytesPerSecond: 80e6 },
  { metric: 'comp3' as const, label: 'COMP-3 floor 420 MiB/s', bytesPerSecond: 420 * MIB }
];

describe('layoutIntervalChart', () => {
  const layout = layoutIntervalChart(ROWS, FLOORS, { width: 900, rowHeight: 20, labelWidth: 300 });

  it('groups rows DISPLAY, COMP-3, then the rest, keeping their order within a group', () => {
    expect(layout.rows.map((r) => r.id)).toEqual(['display/a', 'display/b', 'comp3/a', 'comp3/b', 'other/x']);
    const ys = layout.rows.map((r) => r.y);
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  });

  it('puts every point and whisker inside the plot area, lower ≤ point ≤ upper', () => {
    const { plot } = layout;
    for (const r of layout.rows) {
      for (const x of [r.x1, r.x, r.x2]) {
        expect(x).toBeGreaterThanOrEqual(plot.left);
        expect(x).toBeLessThanOrEqual(plot.right);
      }
      expect(r.x1).toBeLessThanOrEqual(r.x);
      expect(r.x).toBeLessThanOrEqual(r.x2);
      expect(r.y).toBeGreaterThan(plot.top);
      expect(r.y).toBeLessThan(plot.bottom);
    }
  });

  it('chooses MiB/s on a log scale when values span 80 MB/s to 4 GiB/s, and says so on the axis', () => {
    expect(layout.unit.name).toBe('MiB/s');
    expect(layout.scale.kind).toBe('log');
    expect(layout.scale.domain).toEqual([10, 10000]);
    expect(layout.axisLabel).toBe('Throughput (MiB/s, log scale); whiskers: 95% interval');
    expect(layout.ticks.map((t) => t.label)).toEqual(['10', '100', '1000', '10000']);
  });

  it('draws each floor at its value and only across its own metric’s rows', () => {
    const { plot } = layout;
    const decades = Math.log10(10000) - Math.log10(10);
    const xAt = (mibs: number) => plot.left + ((Math.log10(mibs) - 1) / decades) * (plot.right - plot.left);
    const display = layout.floors.find((f) => f.metric === 'display');
    const comp3 = layout.floors.find((f) => f.metric === 'comp3');
    expect(display?.x).toBeCloseTo(xAt(80e6 / MIB), 6);
    expect(comp3?.x).toBeCloseTo(xAt(420), 6);
    const rowsOf = (metric: string) => layout.rows.filter((r) => r.metric === metric).map((r) => r.y);
    expect(display?.y1).toBe(Math.min(...rowsOf('display')) - 10);
    expect(display?.y2).toBe(Math.max(...rowsOf('display')) + 10);
    expect(comp3?.y1).toBe(Math.min(...rowsOf('comp3')) - 10);
    expect(comp3?.y2).toBe(Math.max(...rowsOf('comp3')) + 10);
  });

  it('uses a linear scale from zero when values are close, and places points proportionally', () => {
    const close = layoutIntervalChart(
      [
        { id: 'a', metric: 'display', interval: around(3 * GIB, 0) },
        { id: 'b', metric: 'display', interval: around(4 * GIB, 0) }
      ],
      [{ metric: 'display', label: 'floor', bytesPerSecond: 2 * GIB }],
      { width: 600, labelWidth: 100 }
    );
    expect(close.unit.name).toBe('GiB/s');
    expect(close.scale.kind).toBe('linear');
    expect(close.scale.domain).toEqual([0, 4]);
    const { left, right } = close.plot;
    expect(close.rows[1]?.x).toBeCloseTo(right, 9);
    expect(close.rows[0]?.x).toBeCloseTo(left + 0.75 * (right - left), 9);
    expect(close.floors[0]?.x).toBeCloseTo(left + 0.5 * (right - left), 9);
  });

  it('lays out an empty chart without floors or NaN', () => {
    const empty = layoutIntervalChart([], FLOORS);
    expect(empty.rows).toEqual([]);
    expect(empty.floors).toEqual([]);
    expect(empty.plot.bottom).toBeGreaterThan(empty.plot.top);
    expect(empty.ticks.every((t) => Number.isFinite(t.x))).toBe(true);
  });
});

describe('truncateLabel', () => {
  it('cuts long ids by characters, not UTF-16 units, ending in …', () => {
    expect(truncateLabel('short', 10)).toBe('short');
    expect(truncateLabel('abcdefghij', 5)).toBe('abcd…');
    expect(truncateLabel('ünïcödé_grp', 4)).toBe('ünï…');
    expect(truncateLabel('😀😀😀', 2)).toBe('😀…');
  });
});

describe('renderIntervalChart', () => {
  it('draws one mark per row with the id escaped in the label, the tooltip and the data attribute', () => {
    const hostile = 'g/<img src=x onerror=alert(1)>"';
    const layout = layoutIntervalChart(
      [...ROWS, { id: hostile, metric: 'display', interval: around(GIB) }],
      FLOORS
    );
    const svg = renderIntervalChart(layout, 'Throughput <chart>').value;
    expect(svg.match(/<g class="mark /g)).toHaveLength(ROWS.length + 1);
    expect(svg.match(/<g class="floor /g)).toHaveLength(2);
    expect(svg).not.toContain('<img');
    expect(svg).toContain('data-id="g/&lt;img src=x onerror=alert(1)&gt;&quot;"');
    expect(svg).toContain('<title>g/&lt;img src=x onerror=alert(1)&gt;&quot;</title>');
    expect(svg).toContain('<title id="throughput-chart-title">Throughput &lt;chart&gt;</title>');
    expect(svg).toContain('Throughput (MiB/s, log scale); whiskers: 95% interval');
  });
});
