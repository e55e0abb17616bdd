import { describe, expect, it } from '@jest/globals';
import { ANNOTATED_FINDINGS, annotationsOf } from '../../src/render/annotations.js';

const SUMMARY = 'DISPLAY: 4.000 GiB/s, COMP-3: 512.0 MiB/s ❌ DISPLAY below floor';
const many = (word: string, n: number): string[] => Array.from({ length: n }, (_, i) => `${word} ${i + 1}`);
const where = { reportPath: 'report/perf.json', rest: 'the job summary' };

describe('annotationsOf', () => {
  it('puts the verdict of a failing step first, as the error that fails it', () => {
    const annotations = annotationsOf(
      { summary: SUMMARY, errors: ['below the floor'], warnings: ['noisy'] },
      { failed: true, ...where }
    );
    expect(annotations).toEqual([
      {
        level: 'error',
        message: `${SUMMARY} (1 failing finding; see report/perf.json)`,
        fails: true
      },
      { level: 'error', message: 'below the floor' },
      { level: 'warning', message: 'noisy' }
    ]);
  });

  it('counts the warnings that fail a step with fail-on: warning', () => {
    const [verdict] = annotationsOf(
      { summary: 'S', errors: [], warnings: ['a', 'b'] },
      { failed: true, ...where }
    );
    expect(verdict?.message).toBe('S (2 failing findings; see report/perf.json)');
  });

  it('gives a step that passes its verdict as a notice', () => {
    expect(annotationsOf({ summary: 'S ✅', errors: [], warnings: [] }, { failed: false, ...where })).toEqual(
      [{ level: 'notice', message: 'S ✅' }]
    );
    // fail-on: none: errors stay errors, the verdict does not fail the step.
    expect(annotationsOf({ summary: 'S', errors: ['e'], warnings: [] }, { failed: false, ...where })).toEqual(
      [
        { level: 'notice', message: 'S' },
        { level: 'error', message: 'e' }
      ]
    );
  });

  it('shows 8 findings of each level, then counts the rest, so GitHub drops none', () => {
    const annotations = annotationsOf(
      { summary: 'S', errors: many('error', 30), warnings: many('warning', 9) },
      { failed: true, ...where }
    );
    const errors = annotations.filter((a) => a.level === 'error');
    const warnings = annotations.filter((a) => a.level === 'warning');
    expect(ANNOTATED_FINDINGS).toBe(8);
    expect(errors).toHaveLength(10);
    expect(errors.slice(1, 9).map((a) => a.message)).toEqual(many('error', 8));
    expect(errors[9]).toEqual({ level: 'error', message: '… and 22 more errors in the job summary' });
    expect(warnings.map((a) => a.message)).toEqual([
      ...many('warning', 8),
      '… and 1 more warning in the job summary'
    ]);
  });

  it('shows exactly 8 without a count line', () => {
    const annotations = annotationsOf(
      { summary: 'S', errors: [], warnings: many('w', 8) },
      { failed: false, reportPath: 'perf.json', rest: 'report/summary.md' }
    );
    expect(annotations.map((a) => a.message)).toEqual(['S', ...many('w', 8)]);
  });
});
