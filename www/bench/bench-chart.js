// The bench page's chart: grouped horizontal bars, one group per program and one bar per
// run, on a logarithmic axis (the suite spans 1 ms to 1 s, and speed-ups 5× to 100×).
// Plain SVG built with the DOM: about a hundred lines for the one chart the page needs,
// where a charting library would add more code than the page has and a bundling step.

const SVG = 'http://www.w3.org/2000/svg';
export const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2', '#17becf'];

function el(name, attrs = {}, text = null) {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== null) node.textContent = text;
  return node;
}

/** Powers of ten (and 2×, 5× between them when few) covering [lo, hi]. */
function ticks(lo, hi) {
  const out = [];
  const few = Math.log10(hi / lo) < 2;
  for (let e = Math.floor(Math.log10(lo)); e <= Math.ceil(Math.log10(hi)); e++) {
    for (const m of few ? [1, 2, 5] : [1]) {
      const v = m * 10 ** e;
      if (v >= lo && v <= hi) out.push(v);
    }
  }
  return out;
}

function format(v) {
  if (v >= 100) return v.toFixed(0);
  if (v >= 10) return v.toFixed(1);
  return v.toPrecision(2);
}

/**
 * An SVG chart. `groups`: [{label, values: [number|null per series]}]; `series`:
 * [{label, colour}]; `unit` is appended to the values ("ms", "×").
 */
export function barChart({ groups, series, unit, title }) {
  const barH = 12;
  const gap = 8;
  const left = 110;
  const width = 720;
  const right = 70;
  const top = 28;
  const plotW = width - left - right;
  const groupH = series.length * barH + gap;
  const height = top + groups.length * groupH + 34;
  const values = groups.flatMap((g) => g.values).filter((v) => typeof v === 'number' && v > 0);
  const svg = el('svg', {
    viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': title,
    class: 'bench-chart', 'font-family': 'system-ui, sans-serif', 'font-size': 11,
  });
  svg.append(el('title', {}, title));
  svg.append(el('text', { x: left, y: 16, 'font-weight': 'bold' }, title));
  if (values.length === 0) return svg;
  const lo = 10 ** Math.floor(Math.log10(Math.min(...values)));
  const hi = 10 ** Math.ceil(Math.log10(Math.max(...values)));
  const span = Math.max(Math.log10(hi / lo), 1);
  const x = (v) => left + (Math.log10(v / lo) / span) * plotW;
  const axisY = top + groups.length * groupH;
  for (const t of ticks(lo, hi)) {
    svg.append(el('line', { x1: x(t), x2: x(t), y1: top - 4, y2: axisY, stroke: '#ddd' }));
    svg.append(el('text', { x: x(t), y: axisY + 14, 'text-anchor': 'middle', fill: '#555' }, `${format(t)}${unit}`));
  }
  groups.forEach((g, gi) => {
    const y0 = top + gi * groupH;
    svg.append(el('text', { x: left - 6, y: y0 + (series.length * barH) / 2 + 4, 'text-anchor': 'end' }, g.label));
    g.values.forEach((v, si) => {
      if (typeof v !== 'number' || !(v > 0)) return;
      const y = y0 + si * barH;
      const bar = el('rect', { x: left, y: y + 1, width: Math.max(x(v) - left, 1), height: barH - 2, fill: series[si].colour });
      bar.append(el('title', {}, `${g.label}, ${series[si].label}: ${format(v)}${unit}`));
      svg.append(bar);
      svg.append(el('text', { x: x(v) + 3, y: y + barH - 3, fill: '#333', 'font-size': 9 }, `${format(v)}${unit}`));
    });
  });
  svg.append(el('text', { x: left, y: axisY + 28, fill: '#555' }, 'logarithmic scale'));
  return svg;
}
