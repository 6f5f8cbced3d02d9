// The Tiers panel. For now a placeholder: the JIT (a later issue) will send a per-run
// report of every function's tier, calls and times; until the panel renders it, a run's
// report, if present, is summarised in one plain line.

/** One line describing a tier report, or '' when there is none. */
export function summarizeReport(report) {
  if (report === null || report === undefined) return '';
  if (typeof report === 'string') return report;
  if (typeof report.summary === 'string') return report.summary;
  const parts = Object.entries(report)
    .filter(([, v]) => typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean')
    .map(([k, v]) => `${k}=${typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(2) : v}`);
  return parts.length ? `tiers: ${parts.join(', ')}` : 'tiers: report received';
}

/** Show the last report in the panel (`root` is the Tiers `<details>` element). */
export function showReport(root, report) {
  const body = root.querySelector('.tiers-body');
  const line = summarizeReport(report);
  if (line) body.textContent = line;
}
