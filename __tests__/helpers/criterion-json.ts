// criterion's result files as literal values, for the tests of what parses them and what reads them.

export const estimate = (lower: number, point: number, upper: number) => ({
  confidence_interval: { confidence_level: 0.95, lower_bound: lower, upper_bound: upper },
  point_estimate: point,
  standard_error: (upper - lower) / 3.92
});

/** estimates.json as criterion writes it: mean 2000 [1900, 2200] ns, slope 1000 [800, 1250] ns. */
export function estimates(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    mean: estimate(1900, 2000, 2200),
    median: estimate(1850, 1950, 2100),
    median_abs_dev: estimate(10, 40, 90),
    slope: estimate(800, 1000, 1250),
    std_dev: estimate(50, 75, 120),
    ...overrides
  };
}

export function benchmark(
  fullId: string,
  throughput: unknown = { Bytes: 1000 },
  parts: { group?: string; fn?: string | null; value?: string | null } = {}
): Record<string, unknown> {
  const [group, fn = null, value = null] = fullId.split('/');
  return {
    group_id: parts.group ?? group,
    function_id: parts.fn === undefined ? fn : parts.fn,
    value_str: parts.value === undefined ? value : parts.value,
    throughput,
    full_id: fullId,
    directory_name: fullId.replace(/[?"/\\*<>:|^]/g, '_'),
    title: fullId
  };
}
