import { describe, expect, it } from '@jest/globals';
import { type LinePoint, layoutLineChart, renderLineChart } from '../../../src/render/charts/line-chart.js';

const points = (values: Array<number | null>): LinePoint[] =>
  values.map((value, i) => ({ label: `c${i}`, title: `commit ${i}`, value }));

describe('layoutLineChart', () => {
  it('puts every point inside the plot area, oldest left, evenly spaced', () => {
    const layout = layoutLineChart({ points: points([3.1, 3.3, 3.2, 3.6]), floor: null, yLabel: 'GiB/s' });
    const { plot } = layout;
    const xs = layout.points.map((p) => p.x);
    for (const p of layout.points) {
      expect(p.x).toBeGreaterThan(plot.left);
      expect(p.x).toBeLessThan(plot.right);
      expect(p.y).toBeGreaterThanOrEqual(plot.top);
      expect(p.y).toBeLessThanOrEqual(plot.bottom);
    }
    const gaps = xs.slice(1).map((x, i) => x - (xs[i] as number));
    for (const g of gaps) expect(g).toBeCloseTo(gaps[0] as number, 9);
    expect(layout.segments).toHaveLength(1);
  });

  it('draws the floor at the right height: value / top of the scale, from the bottom', () => {
    const layout = layoutLineChart({
      points: points([3, 4]),
      floor: { value: 1.5, label: 'floor' },
      yLabel: 'GiB/s',
      width: 500,
      height: 300
    });
    const { plot } = layout;
    expect(layout.scale.domain).toEqual([0, 4]);
    expect(layout.floor?.y).toBeCloseTo(plot.bottom - (1.5 / 4) * (plot.bottom - plot.top), 9);
    // A higher value sits higher on the screen (smaller y).
    expect(layout.points[1]?.y).toBeCloseTo(plot.top, 9);
    expect(layout.points[0]?.y).toBeCloseTo(plot.bottom - 0.75 * (plot.bottom - plot.top), 9);
  });

  it('keeps a floor above every value inside the scale', () => {
    const layout = layoutLineChart({
      points: points([100, 120]),
      floor: { value: 420, label: 'f' },
      yLabel: 'MiB/s'
    });
    expect(layout.scale.domain[1]).toBeGreaterThanOrEqual(420);
    expect(layout.floor?.y).toBeGreaterThanOrEqual(layout.plot.top);
  });

  it('centres a single point and draws an empty history with no points but a floor', () => {
    const one = layoutLineChart({ points: points([2]), floor: null, yLabel: 'GiB/s' });
    expect(one.points).toHaveLength(1);
    expect(one.points[0]?.x).toBeCloseTo((one.plot.left + one.plot.right) / 2, 9);
    const empty = layoutLineChart({ points: [], floor: { value: 1, label: 'f' }, yLabel: 'GiB/s' });
    expect(empty.points).toEqual([]);
    expect(empty.segments).toEqual([]);
    expect(empty.xLabels).toEqual([]);
    expect(Number.isFinite(empty.floor?.y)).toBe(true);
  });

  it('breaks the line at a missing value', () => {
    const layout = layoutLineChart({ points: points([1, 2, null, 3, 4]), floor: null, yLabel: 'x' });
    expect(layout.points).toHaveLength(4);
    expect(layout.segments.map((s) => s.length)).toEqual([2, 2]);
  });

  it('thins x labels to at most about maxXLabels, always keeping the newest', () => {
    const many = layoutLineChart({
      points: points(Array.from({ length: 30 }, (_, i) => i)),
      floor: null,
      yLabel: 'x'
    });
    const labels = many.xLabels.map((l) => l.label);
    expect(labels.length).toBeLessThanOrEqual(13);
    expect(labels[0]).toBe('c0');
    expect(labels[labels.length - 1]).toBe('c29');
    expect(layoutLineChart({ points: points([1, 2, 3]), floor: null, yLabel: 'x' }).xLabels).toHaveLength(3);
  });
});

describe('renderLineChart', () => {
  it('writes a circle per point, a polyline per run, the floor, and escaped labels and units', () => {
    const layout = layoutLineChart({
      points: [
        { label: '<b>', title: 'x"y', value: 1 },
        { label: 'b', title: 't', value: 2 }
      ],
      floor: { value: 1.5, label: 'floor <80>' },
      yLabel: 'DISPLAY throughput (GiB/s)'
    });
    const svg = renderLineChart(layout, 'title & more', 'trend-chart').value;
    expect(svg.match(/<circle class="point"/g)).toHaveLength(2);
    expect(svg.match(/<polyline/g)).toHaveLength(1);
    expect(svg).toContain('floor &lt;80&gt;');
    expect(svg).toContain('&lt;b&gt;');
    expect(svg).toContain('<title>x&quot;y</title>');
    expect(svg).toContain('DISPLAY throughput (GiB/s)');
    expect(svg).toContain('Commit (oldest → newest)');
    expect(svg).not.toContain('<b>');
  });
});
