// Medians and percentiles for the benchmark tables.
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  if (!sorted.length) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index];
}
export const median = (values) => percentile(values, 50);
export const summary = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length });
export const round = (value, digits = 2) => Math.round(value * 10 ** digits) / 10 ** digits;
