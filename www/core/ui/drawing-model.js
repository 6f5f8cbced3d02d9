// The turtle canvas in the page: drawing commands in their wire form (src/drawing.rs:
// numbers, with strings by index) applied to a model of Tk's canvas, and that model as
// SVG. It is src/drawing/model.rs in JavaScript, rule for rule and byte for byte, so a
// picture saved here is the one `pave run --turtle` writes (the browser tests compare
// them with tests/turtle/*.svg). www/core/ui/drawing.js paints it.

/** Operation codes (src/drawing.rs, module `op`). */
export const Op = Object.freeze({
  CLEAR: 0, LINE: 1, POLY: 2, TURTLE: 3, TEXT: 4, COORDS: 5, ADD: 6, FILL: 7, OUTLINE: 8,
  WIDTH: 9, RAISE: 10, DELETE: 11, BG: 12, VIEW: 13, SCALE: 14, TITLE: 15, FOCUS: 16,
});

/** Where a text's baseline sits above its bottom edge, and its line spacing, in sizes. */
export const DESCENT = 0.22;
export const LINE_HEIGHT = 1.2;
const STYLE = Object.freeze({ BOLD: 1, ITALIC: 2, UNDERLINE: 4, OVERSTRIKE: 8 });
const DEFAULT_VIEW = Object.freeze({ x: -320, y: -300, width: 640, height: 600 });

/** A bad batch: a bug in Pave (Rust has validated every command already). */
export class DrawingError extends Error {
  constructor(message) {
    super(message);
    this.name = 'DrawingError';
  }
}

export class DrawingModel {
  constructor() {
    this.reset();
  }

  /** An empty white canvas with the default window. */
  reset() {
    /** @type {Map<number, {id, z, kind: 'line'|'polygon'|'turtle'|'text', points: number[],
     *  fill: string, outline: string, width: number, rev: number, text?: string,
     *  anchor?: number, font?: {family: string, px: number, style: number}}>}
     *  (`rev` counts the times its points were replaced, for the painter.) */
    this.items = new Map();
    /** The ids of the turtles' own polygons (painted above everything else). */
    this.turtles = new Set();
    this.top = 0;
    this.background = '#ffffff';
    this.view = { ...DEFAULT_VIEW };
    this.title = '';
    this.commands = 0;
    /** Set when a batch asks for the keyboard (turtle's listen()). */
    this.focus = false;
    /** What changed since the painter last looked: items touched, items deleted, and
     *  whether everything must be painted again (view, background, scale, clear). */
    this.touched = new Set();
    this.deleted = new Set();
    this.everything = true;
  }

  /** Apply one batch of commands. */
  apply(numbers, strings) {
    let at = 0;
    const num = () => {
      if (at >= numbers.length) throw new DrawingError('drawing batch cut short');
      return numbers[at++];
    };
    const str = () => {
      const text = strings[num()];
      if (typeof text !== 'string') throw new DrawingError('drawing batch names a missing string');
      return text;
    };
    const item = (id) => this.items.get(id);
    const touch = (id) => {
      if (this.items.has(id)) this.touched.add(id);
    };
    while (at < numbers.length) {
      const op = num();
      this.commands++;
      switch (op) {
        case Op.CLEAR:
          for (const id of this.items.keys()) this.deleted.add(id);
          this.items.clear();
          this.turtles.clear();
          this.touched.clear();
          break;
        case Op.LINE: case Op.POLY: case Op.TURTLE: {
          const id = num();
          const kind = op === Op.LINE ? 'line' : op === Op.POLY ? 'polygon' : 'turtle';
          if (this.items.has(id)) this.deleted.add(id);
          if (kind === 'turtle') this.turtles.add(id);
          else this.turtles.delete(id);
          this.items.set(id, {
            id, z: ++this.top, kind, points: new Array(op === Op.LINE ? 4 : 6).fill(0),
            fill: '', outline: '', width: op === Op.LINE ? 2 : 1, rev: 0,
          });
          this.touched.add(id);
          break;
        }
        case Op.TEXT: {
          const id = num();
          const x = num();
          const y = num();
          const anchor = num();
          const text = str();
          const family = str();
          const px = Math.abs(num());
          const style = num();
          const fill = str();
          if (this.items.has(id)) this.deleted.add(id);
          this.turtles.delete(id);
          this.items.set(id, {
            id, z: ++this.top, kind: 'text', points: [x, y], fill, outline: '', width: 1, rev: 0,
            text, anchor: anchor === 1 || anchor === 2 ? anchor : 0,
            font: { family, px, style: style >= 0 && style < 16 ? style : 0 },
          });
          this.touched.add(id);
          break;
        }
        case Op.COORDS: {
          const id = num();
          const count = num();
          const points = Array.from(numbers.subarray ? numbers.subarray(at, at + 2 * count) : numbers.slice(at, at + 2 * count));
          if (points.length !== 2 * count) throw new DrawingError('drawing batch cut short');
          at += 2 * count;
          const it = item(id);
          if (it) {
            it.points = points;
            it.rev++;
            touch(id);
          }
          break;
        }
        case Op.ADD: {
          const id = num();
          const x = num();
          const y = num();
          const it = item(id);
          if (it) {
            it.points.push(x, y);
            touch(id);
          }
          break;
        }
        case Op.FILL: case Op.OUTLINE: {
          const id = num();
          const color = str();
          const it = item(id);
          if (it) {
            it[op === Op.FILL ? 'fill' : 'outline'] = color;
            touch(id);
          }
          break;
        }
        case Op.WIDTH: {
          const id = num();
          const width = num();
          const it = item(id);
          if (it) {
            it.width = width;
            touch(id);
          }
          break;
        }
        case Op.RAISE: {
          const it = item(num());
          if (it) {
            it.z = ++this.top;
            touch(it.id);
          }
          break;
        }
        case Op.DELETE: {
          const id = num();
          if (this.items.delete(id)) {
            this.deleted.add(id);
            this.touched.delete(id);
            this.turtles.delete(id);
          }
          break;
        }
        case Op.BG:
          this.background = str();
          this.everything = true;
          break;
        case Op.VIEW:
          this.view = { x: num(), y: num(), width: num(), height: num() };
          this.everything = true;
          break;
        case Op.SCALE: {
          const sx = num();
          const sy = num();
          for (const it of this.items.values()) {
            for (let i = 0; i + 1 < it.points.length; i += 2) {
              it.points[i] *= sx;
              it.points[i + 1] *= sy;
            }
          }
          this.everything = true;
          break;
        }
        case Op.TITLE:
          this.title = str();
          break;
        case Op.FOCUS:
          this.focus = true;
          break;
        default:
          throw new DrawingError(`unknown drawing operation ${op}`);
      }
    }
  }

  /** The items in stacking order. */
  sorted() {
    return [...this.items.values()].sort((a, b) => a.z - b.z);
  }

  /** The picture as SVG, exactly as src/drawing/model.rs writes it. */
  toSvg() {
    const v = this.view;
    const out = [`<svg xmlns="http://www.w3.org/2000/svg" width="${num(v.width)}" height="${num(v.height)}" viewBox="${num(v.x)} ${num(v.y)} ${num(v.width)} ${num(v.height)}">`];
    if (this.title) out.push(`<title>${escapeXml(this.title)}</title>`);
    out.push(`<rect x="${num(v.x)}" y="${num(v.y)}" width="${num(v.width)}" height="${num(v.height)}" fill="${this.background}"/>`);
    for (const it of this.sorted()) out.push(...svgItem(it));
    out.push('</svg>');
    return `${out.join('\n')}\n`;
  }
}

/** `v` rounded half away from zero to two decimals, without trailing zeros. */
export function num(v) {
  const hundredths = Math.round(Math.abs(v) * 100);
  if (hundredths === 0 || !Number.isFinite(hundredths)) return '0';
  const sign = v < 0 ? '-' : '';
  const whole = Math.floor(hundredths / 100);
  const frac = hundredths % 100;
  if (frac === 0) return `${sign}${whole}`;
  if (frac % 10 === 0) return `${sign}${whole}.${frac / 10}`;
  return `${sign}${whole}.${String(frac).padStart(2, '0')}`;
}

/** Text for XML: markup escaped, control characters (which XML forbids) dropped. */
export function escapeXml(text) {
  let out = '';
  for (const c of text) {
    if (c === '&') out += '&amp;';
    else if (c === '<') out += '&lt;';
    else if (c === '>') out += '&gt;';
    else if (c === '"') out += '&quot;';
    else if (c.codePointAt(0) < 0x20 && c !== '\t') continue;
    else out += c;
  }
  return out;
}

/** Is every point of `points` the first one? (A zero-length line is a dot.) */
export function allSame(points) {
  for (let i = 2; i + 1 < points.length; i += 2) {
    if (points[i] !== points[0] || points[i + 1] !== points[1]) return false;
  }
  return true;
}

/** Is the item painted at all (a colour, enough points)? */
export function visible(it) {
  if (it.kind === 'line') return it.fill !== '' && it.points.length >= 4;
  if (it.kind === 'text') return it.fill !== '' && it.points.length >= 2;
  return (it.fill !== '' || it.outline !== '') && it.points.length >= 4 && !allSame(it.points);
}

function pointList(points) {
  const parts = [];
  for (let i = 0; i + 1 < points.length; i += 2) parts.push(`${num(points[i])},${num(points[i + 1])}`);
  return parts.join(' ');
}

function svgItem(it) {
  if (!visible(it)) return [];
  const p = it.points;
  if (it.kind === 'line') {
    const width = Math.max(it.width, 1);
    if (allSame(p)) return [`<circle cx="${num(p[0])}" cy="${num(p[1])}" r="${num(width / 2)}" fill="${it.fill}"/>`];
    return [`<polyline points="${pointList(p)}" fill="none" stroke="${it.fill}" stroke-width="${num(width)}" stroke-linecap="round" stroke-linejoin="round"/>`];
  }
  if (it.kind === 'text') return svgText(it);
  let line = `<polygon points="${pointList(p)}" fill="${it.fill || 'none'}" fill-rule="evenodd"`;
  if (it.outline) line += ` stroke="${it.outline}" stroke-width="${num(Math.max(it.width, 1))}" stroke-linejoin="round"`;
  return [`${line}/>`];
}

function svgText(it) {
  const { font } = it;
  const anchor = ['start', 'middle', 'end'][it.anchor];
  let style = '';
  if (font.style & STYLE.BOLD) style += ' font-weight="bold"';
  if (font.style & STYLE.ITALIC) style += ' font-style="italic"';
  const decoration = [[STYLE.UNDERLINE, 'underline'], [STYLE.OVERSTRIKE, 'line-through']]
    .filter(([bit]) => font.style & bit).map(([, name]) => name);
  if (decoration.length) style += ` text-decoration="${decoration.join(' ')}"`;
  const lines = it.text.split('\n');
  const bottom = it.points[1] - font.px * DESCENT;
  return lines.map((line, i) => {
    const y = bottom - (lines.length - 1 - i) * font.px * LINE_HEIGHT;
    return `<text x="${num(it.points[0])}" y="${num(y)}" font-family="${escapeXml(font.family)}" font-size="${num(font.px)}"${style} text-anchor="${anchor}" fill="${it.fill}" xml:space="preserve">${escapeXml(line)}</text>`;
  });
}
