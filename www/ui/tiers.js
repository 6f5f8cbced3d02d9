// The Tiers panel. For now a placeholder: the JIT (a later issue) will send a per-run
// report of every function's tier, calls and times; until the panel renders it, a run's
// report, if present, is summarised in one plain line.

/** One line describing a tier report, or '' when there is none. */
export function summarizeReport(report) {
  if (report === null || report === undefined) return '';
  if (typeof report === 'string') return report;
  if (typeof report.summary === 'string') return report.summary;
  if (Array.isArray(report.functions)) return summarizeFunctions(report);
  const parts = Object.entries(report)
    .filter(([, v]) => typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean')
    .map(([k, v]) => `${k}=${typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(2) : v}`);
  return parts.length ? `tiers: ${parts.join(', ')}` : 'tiers: report received';
}

/** `tiers: fib compiled (24 calls in tier 1), show interpreted (…)`, for a `telemetry::Report`. */
function summarizeFunctions(report) {
  if (!report.jit_enabled) return 'tiers: JIT off';
  if (report.functions.length === 0) return 'tiers: no functions called';
  const parts = report.functions.map((f) => {
    const why = f.reason ? `: ${f.reason}` : '';
    return `${f.name} ${f.state.replace('_', ' ')} (${f.calls.jit} in tier 1, ${f.calls.interp} in tier 0${why})`;
  });
  const compileMs = report.functions
    .map((f) => (f.compile ? f.compile.decode_ms + f.compile.lower_ms + f.compile.infer_ms + f.compile.emit_ms + f.compile.instantiate_ms : 0))
    .reduce((a, b) => a + b, 0);
  return `tiers (${report.engine}, compile ${compileMs.toFixed(2)} ms): ${parts.join('; ')}`;
}

/** Show the last report in the panel (`root` is the Tiers `<details>` element). */
export function showReport(root, report) {
  const body = root.querySelector('.tiers-body');
  const line = summarizeReport(report);
  if (line) body.textContent = line;
}
