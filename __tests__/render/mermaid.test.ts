import { describe, expect, it } from '@jest/globals';
import type { BaselineHistoryEntry } from '../../src/core/model.js';
import { MIB } from '../../src/core/units.js';
import { mermaidText, renderTrendMermaid, SERIES_COLOUR } from '../../src/render/mermaid.js';

const entry = (
  commit: string | null,
  display: number | null,
  comp3: number | null
): BaselineHistoryEntry => ({
  commit,
  timestamp: '2026-11-20T09:00:00.000Z',
  display_gibs: display,
  comp3_mibs: comp3,
  benchmarks: {}
});

const FLOORS = {
  display: { text: '80 MB/s', bytes_per_second: 80e6 },
  comp3: { text: '420 MiB/s', bytes_per_second: 420 * MIB }
};

describe('renderTrendMermaid', () => {
  it('is null below two points', () => {
    expect(renderTrendMermaid([])).toBeNull();
    expect(renderTrendMermaid([entry('a', 3, 500)])).toBeNull();
  });

  it('writes one fenced xychart-beta per metric, oldest first, with a y axis from zero', () => {
    const history = [entry('3f2a9c1aaaaaaaa', 3.1, 540), entry('8b07d4ebbbbbbbb', 3.25, 531.04)];
    expect(renderTrendMermaid(history)).toBe(
      [
        '```mermaid',
        '%%{init: {"themeVariables":{"xyChart":{"plotColorPalette":"#0969da"}}}}%%',
        'xychart-beta',
        '    title "DISPLAY GiB/s - blue: baseline promotions"',
        '    x-axis ["3f2a9c1", "8b07d4e"]',
        '    y-axis "GiB/s" 0 --> 4',
        '    line [3.100, 3.250]',
        '```',
        '',
        '🟦 DISPLAY in GiB/s, oldest promotion first',
        '',
        '```mermaid',
        '%%{init: {"themeVariables":{"xyChart":{"plotColorPalette":"#8250df"}}}}%%',
        'xychart-beta',
        '    title "COMP-3 MiB/s - purple: baseline promotions"',
        '    x-axis ["3f2a9c1", "8b07d4e"]',
        '    y-axis "MiB/s" 0 --> 600',
        '    line [540.0, 531.0]',
        '```',
        '',
        '🟪 COMP-3 in MiB/s, oldest promotion first'
      ].join('\n')
    );
  });

  it('gives every line an explicit colour that shows on white, never the default #ECECFF', () => {
    const chart = renderTrendMermaid([entry('a', 3.1, 300), entry('b', 3.2, 310)], FLOORS) ?? '';
    const palettes = [...chart.matchAll(/^%%\{init: (.*)\}%%$/gm)].map(
      (m) =>
        (JSON.parse(m[1] ?? '') as { themeVariables: { xyChart: { plotColorPalette: string } } })
          .themeVariables.xyChart.plotColorPalette
    );
    // The directive comes right after the fence, before the diagram type, as Mermaid requires.
    expect(chart.match(/```mermaid\n%%\{init: .*\}%%\nxychart-beta\n/g)).toHaveLength(2);
    // One colour per line, in the order the lines are written: the metric, then the floor.
    expect(palettes).toEqual([
      `${SERIES_COLOUR.display.hex}, ${SERIES_COLOUR.floor.hex}`,
      `${SERIES_COLOUR.comp3.hex}, ${SERIES_COLOUR.floor.hex}`
    ]);
    for (const colour of palettes.flatMap((p) => p.split(', '))) {
      expect(colour).toMatch(/^#[0-9a-f]{6}$/);
      expect(colour.toLowerCase()).not.toBe('#ececff');
      // Dark enough to read on white: relative luminance well below white's.
      const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(colour.slice(i, i + 2), 16) / 255);
      expect(0.2126 * (r ?? 1) + 0.7152 * (g ?? 1) + 0.0722 * (b ?? 1)).toBeLessThan(0.5);
    }
  });

  it('ends with this run as the last point, and names each line in the title and the caption', () => {
    const chart =
      renderTrendMermaid([entry('a', 3.1, 300)], FLOORS, { display_gibs: 2.95, comp3_mibs: 512.7 }) ?? '';
    expect(chart).toContain('    x-axis ["a", "this run"]');
    expect(chart).toContain('    line [3.100, 2.950]');
    expect(chart).toContain('    line [300.0, 512.7]');
    expect(chart).toContain('    title "DISPLAY GiB/s - blue: baseline then this run, red: floor 80 MB/s"');
    expect(chart).toContain(
      '🟦 DISPLAY in GiB/s, oldest promotion first; the last point is this run · 🟥 floor 80 MB/s'
    );
    expect(chart).toContain(
      '🟪 COMP-3 in MiB/s, oldest promotion first; the last point is this run · 🟥 floor 420 MiB/s'
    );
    // One promotion and no run is not a trend.
    expect(renderTrendMermaid([entry('a', 3.1, 300)], FLOORS)).toBeNull();
  });

  it('adds the floor as a flat second line named in the title, and keeps it inside the y axis', () => {
    const chart = renderTrendMermaid([entry('a', 3.1, 300), entry('b', 3.2, 310)], FLOORS) ?? '';
    expect(chart).toContain('    title "DISPLAY GiB/s - blue: baseline promotions, red: floor 80 MB/s"');
    // Four significant digits: 80 MB/s is 0.07451 GiB/s, not a flat 0.07.
    expect(chart).toContain('    line [0.07451, 0.07451]');
    expect(chart).toContain('    title "COMP-3 MiB/s - purple: baseline promotions, red: floor 420 MiB/s"');
    expect(chart).toContain('    y-axis "MiB/s" 0 --> 500');
    expect(chart).toContain('    line [420.0, 420.0]');
  });

  it('skips promotions without the metric and drops a metric with fewer than two values', () => {
    const chart = renderTrendMermaid([entry('a', 3, null), entry(null, 3.5, 500), entry('c', 4, null)]) ?? '';
    expect(chart).toContain('x-axis ["a", "#2", "c"]');
    expect(chart).not.toContain('COMP-3');
    expect(renderTrendMermaid([entry('a', null, null), entry('b', null, 1)])).toBeNull();
  });

  it('cannot be broken by a hostile commit or floor text: no quote, bracket, backtick or newline gets through', () => {
    const chart =
      renderTrendMermaid([entry('"] ```\nline [9', 1, 1), entry('b', 2, 2)], {
        ...FLOORS,
        display: { text: '80 MB/s"]\n```', bytes_per_second: 80e6 }
      }) ?? '';
    const body = chart.split('\n').filter((l) => !l.startsWith('```'));
    expect(body.join('\n')).not.toMatch(/`/);
    for (const line of body.filter((l) => l.includes('x-axis') || l.includes('title'))) {
      // Exactly the quotes the chart itself writes.
      expect(line.match(/"/g)?.length ?? 0).toBe(line.includes('x-axis') ? 4 : 2);
    }
    expect(chart.match(/^```mermaid$/gm)).toHaveLength(2);
    // A data line and a floor line per chart; the "line [9" in the commit did not become a third.
    expect(chart.match(/^ {4}line /gm)).toHaveLength(4);
  });
});

describe('mermaidText', () => {
  it('keeps harmless characters, replaces the rest and cuts long text', () => {
    expect(mermaidText('DISPLAY throughput (GiB/s), floor 80 MB/s')).toBe(
      'DISPLAY throughput (GiB/s), floor 80 MB/s'
    );
    expect(mermaidText('a"b[c]`d\ne')).toBe('a_b_c__d_e');
    expect(mermaidText('x'.repeat(20), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
