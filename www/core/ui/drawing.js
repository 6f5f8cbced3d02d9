// The drawing pane: a turtle program's picture, painted from its drawing commands
// (www/core/ui/drawing-model.js) onto two stacked canvases, with Save as SVG and PNG. Used
// by the playground (beside the console) and by the widget (under its code).
//
// Painting is incremental: a line that grows (the turtle moving with its pen down) gets
// only its new segments painted, once per animation frame, and a new item on top is
// painted alone; anything else (an item changed under others, a deletion, undo, a new
// window or background) paints the whole picture again, at most once a frame. Turtles
// are on a second canvas above, repainted every frame they move, so a moving turtle never
// costs a repaint of the picture (CPython raises every turtle above the drawing whenever
// it draws one). Measured in Chromium: see ARCHITECTURE.md, "Turtle graphics".
//
// Clicks, drags and keys on the pane go to `onEvent` in canvas coordinates with Tk's key
// names; the page passes them to the program through the shared control buffer.

import { DrawEvent } from '../control.js';
import { DESCENT, DrawingModel, LINE_HEIGHT, allSame, visible } from './drawing-model.js';

/** Tk's names for the keys whose KeyboardEvent.key differs. */
const KEYSYMS = {
  ArrowUp: 'Up', ArrowDown: 'Down', ArrowLeft: 'Left', ArrowRight: 'Right', ' ': 'space',
  Enter: 'Return', Escape: 'Escape', Backspace: 'BackSpace', Tab: 'Tab', Delete: 'Delete',
  PageUp: 'Prior', PageDown: 'Next', Shift: 'Shift_L', Control: 'Control_L', Alt: 'Alt_L',
  Meta: 'Meta_L', CapsLock: 'Caps_Lock', '!': 'exclam', '"': 'quotedbl', '#': 'numbersign',
  $: 'dollar', '%': 'percent', '&': 'ampersand', "'": 'apostrophe', '(': 'parenleft',
  ')': 'parenright', '*': 'asterisk', '+': 'plus', ',': 'comma', '-': 'minus', '.': 'period',
  '/': 'slash', ':': 'colon', ';': 'semicolon', '<': 'less', '=': 'equal', '>': 'greater',
  '?': 'question', '@': 'at', '[': 'bracketleft', '\\': 'backslash', ']': 'bracketright',
  '^': 'asciicircum', _: 'underscore', '`': 'grave', '{': 'braceleft', '|': 'bar',
  '}': 'braceright', '~': 'asciitilde',
};

/** Tk's name (keysym) of a key event's key. */
export function keysym(event) {
  return KEYSYMS[event.key] ?? event.key;
}

/** The widest line, in device pixels, painted without round caps and joins. */
const THIN = 1.5;

/** The shortest time between two paints, in ms (about 30 frames a second), and while a
 *  program draws flat out (more than BUSY_RATE numbers of commands a millisecond). */
const PAINT_MS = 33;
const BUSY_PAINT_MS = 100;
const BUSY_RATE = 20;

/** Keys a listening drawing keeps from scrolling the page. */
const CAPTURED = new Set(['Up', 'Down', 'Left', 'Right', 'space', 'Prior', 'Next']);

export class DrawingView {
  /**
   * @param {HTMLElement} root the pane (hidden until a program draws)
   * @param {{onEvent?: (event: object) => void, onShow?: (shown: boolean) => void,
   *   filename?: string}} options
   */
  constructor(root, { onEvent = () => {}, onShow = () => {}, filename = 'turtle' } = {}) {
    this.root = root;
    this.onEvent = onEvent;
    this.onShow = onShow;
    this.filename = filename;
    const doc = root.ownerDocument;
    const make = (tag, attrs = {}, ...children) => {
      const node = doc.createElement(tag);
      for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
      node.append(...children);
      return node;
    };
    this.titleText = make('span', { class: 'drawing-title' }, 'Drawing');
    this.hint = make('span', { class: 'drawing-hint' });
    const save = (kind) => {
      const button = make('button', { type: 'button', class: 'drawing-save', 'data-save': kind,
        title: `Save the picture as ${kind.toUpperCase()}` }, kind.toUpperCase());
      button.addEventListener('click', () => this.save(kind));
      return button;
    };
    this.stage = make('div', { class: 'drawing-stage', tabindex: '0', role: 'img', 'aria-label': 'Turtle drawing' });
    this.main = make('canvas', { class: 'drawing-main' });
    this.overlay = make('canvas', { class: 'drawing-overlay' });
    this.stage.append(this.main, this.overlay);
    root.replaceChildren(
      make('div', { class: 'pane-title drawing-head' }, this.titleText, this.hint,
        make('span', { class: 'drawing-actions' }, save('svg'), save('png'))),
      this.stage);
    this.model = new DrawingModel();
    /** What the main canvas shows: id → {z, count, fill, width, rev}; maxZ its top. */
    this.painted = new Map();
    this.maxZ = 0;
    this.size = { width: 0, height: 0, dpr: 1 };
    this.frame = 0;
    this.lastPaint = 0;
    /** Numbers of commands received since the last paint (see `schedule`). */
    this.volume = 0;
    this.listening = false;
    this.frozen = false;
    this.drew = false;
    this.drag = null;
    new ResizeObserver(() => this.schedule(true)).observe(this.stage);
    this.bindEvents();
  }

  get shown() {
    return !this.root.hidden;
  }

  /**
   * A run begins: a program starts on an empty picture (a REPL entry draws on), the pane
   * staying as it is until the run draws or ends; clicks and keys go to it meanwhile.
   */
  startRun({ clear = true } = {}) {
    if (clear) {
      this.model.reset();
      this.titleText.textContent = 'Drawing';
      this.schedule(true);
    }
    this.frozen = false;
    this.drew = this.model.commands > 0;
    this.listening = true;
    this.updateHint();
  }

  /** The run ended: events stop; a pane the run never drew on hides. */
  endRun() {
    this.listening = false;
    this.drag = null;
    this.updateHint();
    if (!this.drew) this.show(false);
  }

  /** Stop was pressed: batches still on their way are not painted. */
  freeze() {
    this.frozen = true;
  }

  /** One batch of commands from the worker (see FromWorker.DRAW). */
  draw(numbers, strings) {
    if (this.frozen) return;
    this.volume += numbers.length;
    this.model.apply(numbers, strings);
    this.drew = true;
    if (!this.shown) this.show(true);
    const title = this.model.title || 'Drawing';
    if (this.titleText.textContent !== title) this.titleText.textContent = title;
    if (this.model.focus) {
      this.model.focus = false;
      this.stage.focus({ preventScroll: true });
      this.updateHint();
    }
    this.schedule(false);
  }

  show(shown) {
    if (this.root.hidden === !shown) return;
    this.root.hidden = !shown;
    this.onShow(shown);
    if (shown) this.schedule(true);
  }

  /** The picture as SVG (what `pave run --turtle` writes for the same program). */
  svg() {
    return this.model.toSvg();
  }

  /** The picture as a PNG of the window's size, painted like the SVG (turtles in place). */
  png() {
    const { view } = this.model;
    const canvas = this.root.ownerDocument.createElement('canvas');
    canvas.width = Math.max(1, Math.round(view.width));
    canvas.height = Math.max(1, Math.round(view.height));
    const ctx = canvas.getContext('2d');
    ctx.setTransform(1, 0, 0, 1, -view.x, -view.y);
    this.paintBackground(ctx);
    for (const it of this.model.sorted()) paintItem(ctx, it, 0);
    return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
  }

  async save(kind) {
    const blob = kind === 'svg' ? new Blob([this.svg()], { type: 'image/svg+xml' }) : await this.png();
    if (!blob) return;
    const link = this.root.ownerDocument.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${this.filename}.${kind}`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  }

  /**
   * For tests: `[r, g, b, a]` of the pane at canvas point (x, y) (turtles over the
   * drawing), after the pending frame is painted.
   */
  pixel(x, y) {
    if (this.resize()) this.model.everything = true;
    this.paint();
    const { scale, offsetX, offsetY, dpr } = this.transform();
    const px = Math.floor((x * scale + offsetX) * dpr);
    const py = Math.floor((y * scale + offsetY) * dpr);
    const top = this.overlay.getContext('2d').getImageData(px, py, 1, 1).data;
    if (top[3] > 0) return [...top];
    return [...this.main.getContext('2d').getImageData(px, py, 1, 1).data];
  }

  /** The canvas point under client coordinates (for tests and events). */
  toCanvas(clientX, clientY) {
    if (this.resize()) this.schedule(true);
    const rect = this.stage.getBoundingClientRect();
    const { scale, offsetX, offsetY } = this.transform();
    return { x: (clientX - rect.left - offsetX) / scale, y: (clientY - rect.top - offsetY) / scale };
  }

  /** Client coordinates of canvas point (x, y). */
  toClient(x, y) {
    if (this.resize()) this.schedule(true);
    const rect = this.stage.getBoundingClientRect();
    const { scale, offsetX, offsetY } = this.transform();
    return { x: rect.left + x * scale + offsetX, y: rect.top + y * scale + offsetY };
  }

  /** Canvas → CSS pixels of the stage: scaled to fit, centred, the view's corner at 0. */
  transform() {
    const { view } = this.model;
    const { width, height, dpr } = this.size;
    const scale = Math.min(width / view.width, height / view.height) || 1;
    return {
      scale, dpr,
      offsetX: (width - view.width * scale) / 2 - view.x * scale,
      offsetY: (height - view.height * scale) / 2 - view.y * scale,
    };
  }

  /**
   * Paint at the next animation frame, but at most every PAINT_MS, or BUSY_PAINT_MS while
   * commands pour in faster than BUSY_RATE numbers a millisecond (a program drawing flat
   * out, where an animated one sends a few dozen per hop). Each repaint costs the page a
   * frame's compositing whatever it draws, and on a machine with two cores that time is
   * taken from the Python worker: painting a fast spiral 30 times a second made it
   * take about 40% longer than not painting it at all, 10 times a second no longer.
   */
  schedule(everything) {
    if (everything) this.model.everything = true;
    if (this.frame || !this.shown) return;
    const win = this.root.ownerDocument.defaultView;
    const now = performance.now();
    const busy = this.volume / Math.max(1, now - this.lastPaint) > BUSY_RATE;
    const wait = Math.max(0, this.lastPaint + (busy ? BUSY_PAINT_MS : PAINT_MS) - now);
    const paint = () => {
      this.frame = win.requestAnimationFrame(() => {
        this.frame = 0;
        this.lastPaint = performance.now();
        this.volume = 0;
        this.paint();
      });
    };
    if (wait > 4) {
      this.frame = win.setTimeout(paint, wait);
    } else {
      paint();
    }
  }

  /** Bring the canvases up to date with the model (see the module docs). */
  paint() {
    if (!this.shown) return;
    const m = this.model;
    const resized = this.resize();
    let full = m.everything || resized;
    let overlay = full;
    const fresh = [];
    for (const id of m.deleted) {
      if (this.painted.has(id)) full = true;
      this.painted.delete(id);
    }
    for (const id of m.touched) {
      const it = m.items.get(id);
      if (!it) continue;
      if (it.kind === 'turtle') {
        overlay = true;
        continue;
      }
      const before = this.painted.get(id);
      if (before) {
        const grown = it.kind === 'line' && before.rev === it.rev && before.fill === it.fill
          && before.width === it.width && before.z === it.z && it.z >= this.maxZ
          && it.points.length >= before.count;
        if (!grown) full = true;
        else fresh.push(it);
      } else if (visible(it)) {
        if (it.z < this.maxZ) full = true;
        else fresh.push(it);
      }
    }
    m.touched.clear();
    m.deleted.clear();
    m.everything = false;
    const ctx = this.main.getContext('2d');
    this.prepare(ctx);
    if (full) {
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, this.main.width, this.main.height);
      this.prepare(ctx);
      this.clip(ctx);
      this.paintBackground(ctx);
      this.painted.clear();
      this.maxZ = 0;
      for (const it of m.sorted()) {
        if (it.kind !== 'turtle') this.paintMain(ctx, it, 0);
      }
      ctx.restore();
    } else if (fresh.length) {
      fresh.sort((a, b) => a.z - b.z);
      this.clip(ctx);
      for (const it of fresh) this.paintMain(ctx, it, this.painted.get(it.id)?.count ?? 0);
      ctx.restore();
    }
    if (overlay) this.paintOverlay();
  }

  paintMain(ctx, it, from) {
    if (!visible(it)) return;
    const { scale, dpr } = this.transform();
    paintItem(ctx, it, from, scale * dpr);
    this.painted.set(it.id, { z: it.z, count: it.points.length, fill: it.fill, width: it.width, rev: it.rev });
    this.maxZ = Math.max(this.maxZ, it.z);
  }

  paintOverlay() {
    const ctx = this.overlay.getContext('2d');
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, this.overlay.width, this.overlay.height);
    this.prepare(ctx);
    this.clip(ctx);
    const turtles = [...this.model.turtles].map((id) => this.model.items.get(id)).sort((a, b) => a.z - b.z);
    for (const it of turtles) {
      if (visible(it)) paintItem(ctx, it, 0);
    }
    ctx.restore();
  }

  paintBackground(ctx) {
    const { view, background } = this.model;
    ctx.fillStyle = background;
    ctx.fillRect(view.x, view.y, view.width, view.height);
  }

  /** Set the canvas transform (canvas coordinates → device pixels). */
  prepare(ctx) {
    const { scale, offsetX, offsetY, dpr } = this.transform();
    ctx.setTransform(scale * dpr, 0, 0, scale * dpr, offsetX * dpr, offsetY * dpr);
  }

  /** Save the context and clip to the window (Tk shows only its window). */
  clip(ctx) {
    const { view } = this.model;
    ctx.save();
    ctx.beginPath();
    ctx.rect(view.x, view.y, view.width, view.height);
    ctx.clip();
  }

  /** Match the canvases' bitmaps to the stage's size; true when they changed. */
  resize() {
    const rect = this.stage.getBoundingClientRect();
    const dpr = this.root.ownerDocument.defaultView.devicePixelRatio || 1;
    const width = Math.max(1, Math.round(rect.width));
    const height = Math.max(1, Math.round(rect.height));
    if (width === this.size.width && height === this.size.height && dpr === this.size.dpr) return false;
    this.size = { width, height, dpr };
    for (const canvas of [this.main, this.overlay]) {
      canvas.width = Math.round(width * dpr);
      canvas.height = Math.round(height * dpr);
    }
    return true;
  }

  updateHint() {
    this.hint.textContent = this.listening && this.stage.getRootNode().activeElement === this.stage
      ? 'listening: click or type here' : '';
  }

  bindEvents() {
    const stage = this.stage;
    const send = (event) => {
      if (this.listening) this.onEvent(event);
    };
    const point = (e) => this.toCanvas(e.clientX, e.clientY);
    stage.addEventListener('pointerdown', (e) => {
      if (!this.listening) return;
      stage.focus({ preventScroll: true });
      stage.setPointerCapture?.(e.pointerId);
      const button = e.button + 1;
      this.drag = { button, pending: null, frame: 0 };
      send({ kind: DrawEvent.PRESS, button, ...point(e) });
    });
    stage.addEventListener('pointermove', (e) => {
      const drag = this.drag;
      if (!drag || !e.buttons) return;
      // One drag event a frame: the latest position.
      drag.pending = point(e);
      if (drag.frame) return;
      drag.frame = requestAnimationFrame(() => {
        drag.frame = 0;
        if (drag.pending && this.drag === drag) send({ kind: DrawEvent.DRAG, button: drag.button, ...drag.pending });
        drag.pending = null;
      });
    });
    const release = (e) => {
      const drag = this.drag;
      if (!drag) return;
      this.drag = null;
      send({ kind: DrawEvent.RELEASE, button: drag.button, ...point(e) });
    };
    stage.addEventListener('pointerup', release);
    stage.addEventListener('pointercancel', release);
    stage.addEventListener('contextmenu', (e) => {
      if (this.listening) e.preventDefault();
    });
    const key = (kind) => (e) => {
      if (!this.listening || e.ctrlKey || e.metaKey) return;
      const name = keysym(e);
      if (CAPTURED.has(name)) e.preventDefault();
      if (kind === DrawEvent.KEY_DOWN || !e.repeat) send({ kind, key: name });
    };
    stage.addEventListener('keydown', key(DrawEvent.KEY_DOWN));
    stage.addEventListener('keyup', key(DrawEvent.KEY_UP));
    stage.addEventListener('focus', () => this.updateHint());
    stage.addEventListener('blur', () => this.updateHint());
  }
}

/**
 * Paint one item (a line from its point `from`: only the segments after it). `scale` is
 * device pixels per canvas unit: a line at most THIN device pixels wide is stroked with
 * plain caps and joins, which look the same at that width and cost the software
 * rasteriser a fraction of round ones (a fast spiral's repaints took a third of the
 * worker's time on two cores).
 */
function paintItem(ctx, it, from, scale = 1) {
  const p = it.points;
  if (it.kind === 'line') {
    const width = Math.max(it.width, 1);
    if (allSame(p)) {
      ctx.fillStyle = it.fill;
      ctx.beginPath();
      ctx.arc(p[0], p[1], width / 2, 0, 2 * Math.PI);
      ctx.fill();
      return;
    }
    const thin = width * scale <= THIN;
    ctx.strokeStyle = it.fill;
    ctx.lineWidth = width;
    ctx.lineCap = thin ? 'butt' : 'round';
    ctx.lineJoin = thin ? 'miter' : 'round';
    const start = Math.max(0, from - 2);
    ctx.beginPath();
    ctx.moveTo(p[start], p[start + 1]);
    for (let i = start + 2; i + 1 < p.length; i += 2) ctx.lineTo(p[i], p[i + 1]);
    ctx.stroke();
    return;
  }
  if (it.kind === 'text') {
    paintText(ctx, it);
    return;
  }
  ctx.beginPath();
  ctx.moveTo(p[0], p[1]);
  for (let i = 2; i + 1 < p.length; i += 2) ctx.lineTo(p[i], p[i + 1]);
  ctx.closePath();
  if (it.fill) {
    ctx.fillStyle = it.fill;
    ctx.fill('evenodd');
  }
  if (it.outline) {
    ctx.strokeStyle = it.outline;
    ctx.lineWidth = Math.max(it.width, 1);
    ctx.lineJoin = 'round';
    ctx.stroke();
  }
}

function paintText(ctx, it) {
  const { font } = it;
  ctx.font = `${font.style & 2 ? 'italic ' : ''}${font.style & 1 ? 'bold ' : ''}${font.px}px ${JSON.stringify(font.family)}, sans-serif`;
  ctx.textAlign = ['start', 'center', 'end'][it.anchor];
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = it.fill;
  const lines = it.text.split('\n');
  const bottom = it.points[1] - font.px * DESCENT;
  lines.forEach((line, i) => {
    const y = bottom - (lines.length - 1 - i) * font.px * LINE_HEIGHT;
    ctx.fillText(line, it.points[0], y);
    if (font.style & 12) {
      const width = ctx.measureText(line).width;
      const left = it.points[0] - width * it.anchor / 2;
      ctx.fillRect(left, font.style & 4 ? y + font.px * 0.1 : y - font.px * 0.3, width, Math.max(1, font.px / 14));
    }
  });
}
