// data.js's text: the dashboard's data as a script, numbers at display precision, nothing that can
// end a script element.

import { describe, expect, it } from '@jest/globals';
import { type DashboardData, dashboardScript } from '../../../src/core/history/dashboard-data.js';

const DATA: DashboardData = {
  schema_version: '1.0',
  generated_at: '2025-06-01T12:00:00Z',
  repository_url: null,
  slots: [
    {
      name: 'n',
      testbed: '</script><img src=x onerror=alert(1)>',
      os: 'Linux',
      commits: [
        { sha: 'abc1234', timestamp: '2025-06-01T12:00:00Z', release: '\u2028v1', run_id: '12345678901' }
      ],
      display_gibs: [1.4234567891234],
      comp3_mibs: [null],
      display_floor_gibs: [0.07450580596923828],
      comp3_floor_mibs: [38.14697265625],
      benchmarks: [{ id: 'a/b', group: 'a', quantity: 'throughput', values: [1234567890.1234567] }]
    }
  ]
};

const parse = (script: string): DashboardData =>
  JSON.parse(script.replace(/^window\.COPYBOOK_BENCH_DATA = /, '').replace(/;\n$/, '')) as DashboardData;

describe('dashboardScript', () => {
  it('keeps six significant digits of every number and leaves strings alone', () => {
    const script = dashboardScript(DATA);
    expect(script.startsWith('window.COPYBOOK_BENCH_DATA = {')).toBe(true);
    const back = parse(script);
    const slot = back.slots[0];
    expect(slot?.display_gibs).toEqual([1.42346]);
    expect(slot?.comp3_mibs).toEqual([null]);
    expect(slot?.display_floor_gibs).toEqual([0.0745058]);
    expect(slot?.comp3_floor_mibs).toEqual([38.147]);
    expect(slot?.benchmarks[0]?.values).toEqual([1234570000]);
    expect(slot?.commits[0]).toEqual(DATA.slots[0]?.commits[0]);
    expect(slot?.testbed).toBe(DATA.slots[0]?.testbed);
  });

  it('cannot end a script element or a string', () => {
    const script = dashboardScript(DATA);
    expect(script).not.toContain('<');
    expect(script).not.toMatch(/[\u2028\u2029]/);
  });
});
