import { describe, expect, it } from '@jest/globals';
import { layoutSparkline, renderSparkline } from '../../../src/render/charts/sparkline.js';

describe('layoutSparkline', () => {
  it('scales to its own min..max inside the padding: the largest value on top', () => {
    const s = layoutSparkline([10, 20, 15], { width: 100, height: 20, pad: 2 });
    expect(s.min).toBe(10);
    expect(s.max).toBe(20);
    expect(s.points.map((p) => p.x)).toEqual([2, 50, 98]);
    expect(s.points.map((p) => p.y)).toEqual([18, 2, 10]);
  });

  it('draws a flat series mid-height, a single value in the middle, and nothing for no values', () => {
    expect(layoutSparkline([5, 5], { height: 20 }).points.map((p) => p.y)).toEqual([10, 10]);
    const one = layoutSparkline([7], { width: 100, height: 20 });
    expect(one.points).toEqual([{ x: 50, y: 10, value: 7 }]);
    const none = layoutSparkline([]);
    expect(none.points).toEqual([]);
    expect(none.min).toBeNull();
    expect(renderSparkline(none, 'x')).toBeNull();
    expect(renderSparkline(layoutSparkline([null, null]), 'x')).toBeNull();
  });

  it('keeps the slot of a missing value and breaks the line there', () => {
    const s = layoutSparkline([1, null, 3, 4], { width: 32, pad: 1 });
    expect(s.points.map((p) => p.x)).toEqual([1, 21, 31]);
    expect(s.segments.map((seg) => seg.length)).toEqual([1, 2]);
  });
});

describe('renderSparkline', () => {
  it('draws polylines for runs of two or more, a dot on the newest value, and an escaped title', () => {
    const svg = renderSparkline(layoutSparkline([1, null, 3, 4]), '<id> over 4')?.value ?? '';
    expect(svg.match(/<polyline/g)).toHaveLength(1);
    expect(svg.match(/<circle/g)).toHaveLength(1);
    expect(svg).toContain('<title>&lt;id&gt; over 4</title>');
  });
});
