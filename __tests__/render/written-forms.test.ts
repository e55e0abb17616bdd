// A secret in a benchmark id, through the renderers: in free text markdown escaping writes
// `ghs\_…`, which an exact match misses; RENDERED_FORMS is what lets the gate find it there.

import { describe, expect, it } from '@jest/globals';
import { analyze } from '../../src/core/analyze.js';
import { buildConfig } from '../../src/core/config/config.js';
import { scrubber } from '../../src/core/scrub.js';
import { renderComment } from '../../src/render/comment.js';
import { renderReportHtml } from '../../src/render/html/report.js';
import { renderSummary } from '../../src/render/summary.js';
import { RENDERED_FORMS } from '../../src/render/written-forms.js';
import { atRate, measurement } from '../helpers/measurements.js';
import { RUN_FACTS } from '../helpers/run-facts.js';

const TOKEN = 'ghs_Forms0123456789abcdefghijklmnopqrstuv';
/** A part of the token that no escape changes: found means some of it is still there. */
const CORE = 'Forms0123456789abcdefghijklmnopqrstuv';

const { report } = analyze({
  config: buildConfig({ inputs: { 'display-floor': '10 GiB/s' } }),
  results: {
    measurements: [
      atRate(`decode_display_heavy/${TOKEN}`, 4e9),
      atRate('decode_comp3_heavy/a', 6e8),
      // Left out with a warning that names it in free text.
      measurement(`bad/${TOKEN}`, { timeNs: 5e-324 })
    ],
    problems: []
  },
  facts: RUN_FACTS
});

const rendered = {
  'summary.md': renderSummary(report),
  'comment.md': renderComment(report, {
    project: 'copybook-rs',
    name: 'copybook-bench',
    runUrl: null,
    commit: null,
    template: null,
    sections: []
  }).body,
  'report.html': renderReportHtml(report, {
    comparison: null,
    baseline: null,
    header: { project: 'copybook-rs', runUrl: null, commit: null }
  })
};

describe('a secret in a benchmark id, rendered', () => {
  it('is escaped in the markdown findings, where an exact match misses it', () => {
    for (const name of ['summary.md', 'comment.md'] as const) {
      expect(rendered[name]).toContain(`"bad/ghs\\_${CORE}"`);
      expect(scrubber([TOKEN]).text(rendered[name])).toContain(CORE);
    }
  });

  it('is gone from every rendered text once the renderers’ forms are scrubbed too', () => {
    const scrub = scrubber([TOKEN], RENDERED_FORMS);
    for (const text of Object.values(rendered)) {
      expect(text).toContain(CORE);
      expect(scrub.text(text)).not.toContain(CORE);
    }
  });

  it('never reaches a renderer from a report scrubbed first', () => {
    const clean = scrubber([TOKEN]).deep(report);
    expect(clean.benchmarks.map((b) => b.id)).toContain('decode_display_heavy/***');
    const texts = [
      renderSummary(clean),
      renderComment(clean, {
        project: 'copybook-rs',
        name: 'copybook-bench',
        runUrl: null,
        commit: null,
        template: null,
        sections: []
      }).body
    ];
    for (const text of texts) {
      expect(text).not.toContain(CORE);
      expect(text).toContain('decode_display_heavy/***');
    }
  });
});
