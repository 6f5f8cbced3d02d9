// The Tiers panel's two charts, drawn as plain SVG: time per tier per function (stacked
// horizontal bars) and when each function tiered up (one lane per function on the run's
// time axis). Plain SVG rather than a chart library: these are two fixed, simple shapes of
// a few dozen elements; a library such as Chart.js would add ~200 KB to the page, draw on
// a canvas (neither selectable nor readable by tests or screen readers) and need its own
// theming, while SVG takes the page's CSS variables and gives every mark a <title> tooltip.
// Used by www/core/ui/tiers.js.

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 560;
const LABEL = 150;
const ROW = 20;

function svg(tag, attrs = {}, text = null) {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== null) node.textContent = text;
  return node;
}

function chart(rows, label) {
  const height = rows * ROW + 26;
  return svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, class: 'chart-svg', role: 'img', 'aria-label': label });
}

function ms(x) {
  return x >= 1000 ? `${(x / 1000).toFixed(2)} s` : x >= 10 ? `${x.toFixed(0)} ms` : `${x.toFixed(2)} ms`;
}

function clip(name) {
  return name.length > 22 ? `${name.slice(0, 21)}…` : name;
}

/** Stacked bars: each function's time in tier 0 and tier 1 (outermost calls). */
export function timeBars(functions) {
  const root = chart(functions.length, 'time per tier per function');
  const max = Math.max(1e-9, ...functions.map((f) => f.time_ms.interp + f.time_ms.jit));
  const span = WIDTH - LABEL - 70;
  functions.forEach((f, i) => {
    const y = i * ROW + 4;
    root.append(svg('text', { x: LABEL - 6, y: y + 12, class: 'chart-label', 'text-anchor': 'end' }, clip(f.name)));
    const w0 = (f.time_ms.interp / max) * span;
    const w1 = (f.time_ms.jit / max) * span;
    const t0 = svg('rect', { x: LABEL, y, width: Math.max(w0, 0), height: ROW - 6, class: 'bar-t0' });
    t0.append(svg('title', {}, `${f.name}: ${ms(f.time_ms.interp)} in tier 0 (interpreter)`));
    const t1 = svg('rect', { x: LABEL + w0, y, width: Math.max(w1, 0), height: ROW - 6, class: 'bar-t1' });
    t1.append(svg('title', {}, `${f.name}: ${ms(f.time_ms.jit)} in tier 1 (compiled)`));
    root.append(t0, t1, svg('text', { x: LABEL + w0 + w1 + 5, y: y + 12, class: 'chart-value' },
      ms(f.time_ms.interp + f.time_ms.jit)));
  });
  legend(root, functions.length * ROW + 18, [['bar-t0', 'tier 0 (interpreter)'], ['bar-t1', 'tier 1 (wasm)']]);
  return root;
}

/**
 * Lanes: each function in tier 0 until it was compiled (a marker at that moment), in tier
 * 1 after. `elapsedMs` is the run's length (or its time so far); functions compiled in an
 * earlier run of the session start in tier 1.
 */
export function tierTimeline(functions, elapsedMs) {
  const root = chart(functions.length, 'when each function tiered up');
  const times = functions.map((f) => f.compile?.at_ms).filter((t) => Number.isFinite(t) && t >= 0);
  const end = Math.max(1e-9, elapsedMs ?? 0, ...times.map((t) => t * 1.05));
  const span = WIDTH - LABEL - 70;
  const x = (t) => LABEL + (Math.min(Math.max(t, 0), end) / end) * span;
  functions.forEach((f, i) => {
    const y = i * ROW + 11;
    root.append(svg('text', { x: LABEL - 6, y: y + 4, class: 'chart-label', 'text-anchor': 'end' }, clip(f.name)));
    const at = f.compile && f.state.kind !== 'deoptimised' && f.state.kind !== 'not_compilable' ? f.compile.at_ms : null;
    if (at === null || at === undefined) {
      root.append(svg('line', { x1: LABEL, x2: LABEL + span, y1: y, y2: y, class: 'lane-t0' }));
      root.append(svg('text', { x: LABEL + span + 5, y: y + 4, class: 'chart-value' }, 'tier 0'));
      return;
    }
    root.append(svg('line', { x1: LABEL, x2: x(at), y1: y, y2: y, class: 'lane-t0' }));
    root.append(svg('line', { x1: x(at), x2: LABEL + span, y1: y, y2: y, class: 'lane-t1' }));
    const mark = svg('circle', { cx: x(at), cy: y, r: 4.5, class: 'lane-mark' });
    mark.append(svg('title', {}, at < 0 ? `${f.name}: compiled in an earlier run`
      : `${f.name}: compiled at ${ms(at)} (took ${ms(compileTotal(f.compile))})`));
    root.append(mark, svg('text', { x: LABEL + span + 5, y: y + 4, class: 'chart-value' },
      at < 0 ? 'earlier' : `@ ${ms(at)}`));
  });
  const base = functions.length * ROW + 4;
  root.append(svg('text', { x: LABEL, y: base + 14, class: 'chart-axis' }, '0'),
    svg('text', { x: LABEL + span, y: base + 14, class: 'chart-axis', 'text-anchor': 'end' }, ms(end)));
  return root;
}

function compileTotal(c) {
  return c.total_ms;
}

function legend(root, y, items) {
  let x = LABEL;
  for (const [cls, text] of items) {
    root.append(svg('rect', { x, y: y - 8, width: 10, height: 10, class: cls }));
    root.append(svg('text', { x: x + 14, y: y + 1, class: 'chart-axis' }, text));
    x += 150;
  }
}
