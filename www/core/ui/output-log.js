// A log of program output that cannot freeze the page, shared by the playground's console
// (www/playground/ui/console.js) and the widget (www/embed/embed.js). Writes are batched
// and rendered once per animation frame. The text is laid out in block chunks of at most
// CHUNK_LINES lines and CHUNK_CHARS characters, so the browser re-lays out only the last
// chunk when output arrives and skips chunks out of view (one long inline run is re-laid
// out whole on every append; a single 100 MB line once took 147 s). Only the last
// `maxChars` characters are kept: the oldest chunks are dropped, with a note at the top
// that says so.

const CHUNK_LINES = 100;
/** A longer line continues in the next chunk (on a line of its own on screen). */
const CHUNK_CHARS = 16_384;

/** The index just after the `n`th newline in `text`, or its length. */
function afterNewlines(text, n) {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf('\n', at + 1);
    if (at < 0) return text.length;
  }
  return at + 1;
}

function countNewlines(text) {
  let count = 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) count++;
  return count;
}

export class OutputLog {
  /**
   * @param {HTMLElement} log where the chunks go
   * @param {HTMLElement} scroller the element that scrolls (the log itself, or its parent)
   * @param {number} maxChars how much output is kept
   */
  constructor(log, scroller, maxChars) {
    this.log = log;
    this.scroller = scroller;
    this.maxChars = maxChars;
    this.pending = [];
    this.pendingChars = 0;
    this.frame = 0;
    this.chars = 0;
    this.chunks = [];
    this.trimmedNote = null;
  }

  /** Program output; shown at the next animation frame. */
  write(stream, text) {
    if (!text) return;
    this.pending.push([stream, text]);
    this.pendingChars += text.length;
    // Without animation frames (a background tab) only the tail can ever be shown.
    while (this.pendingChars > this.maxChars && this.pending.length > 1) {
      this.pendingChars -= this.pending.shift()[1].length;
      this.markTrimmed();
    }
    if (this.pendingChars > this.maxChars) {
      const [only] = this.pending;
      only[1] = only[1].slice(-this.maxChars);
      this.pendingChars = only[1].length;
      this.markTrimmed();
    }
    if (!this.frame) this.frame = requestAnimationFrame(() => this.flush());
  }

  /** Render pending output now (before anything that must appear after it). */
  flush() {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (!this.pending.length) return;
    const stick = this.atBottom();
    // What is pending fills the log by itself: drop the old output instead of laying it out.
    if (this.pendingChars >= this.maxChars && this.chars) this.dropAll();
    for (const [stream, text] of this.pending) this.append(`out-${stream}`, text);
    this.pending = [];
    this.pendingChars = 0;
    this.trim();
    if (stick) this.scrollToEnd();
  }

  /** Remove everything shown and pending. */
  clear() {
    this.pending = [];
    this.pendingChars = 0;
    this.log.replaceChildren();
    this.chunks = [];
    this.chars = 0;
    this.trimmedNote = null;
  }

  /** Append `text` with class `cls` now. */
  append(cls, text) {
    while (text) {
      let chunk = this.chunks[this.chunks.length - 1];
      if (!chunk || (chunk.lines >= CHUNK_LINES && !chunk.open) || chunk.chars >= CHUNK_CHARS) {
        const el = document.createElement('div');
        el.className = 'chunk';
        this.log.appendChild(el);
        chunk = { el, lines: 0, chars: 0, open: false };
        this.chunks.push(chunk);
      }
      const cut = Math.min(afterNewlines(text, Math.max(CHUNK_LINES - chunk.lines, 1)), CHUNK_CHARS - chunk.chars);
      const part = text.slice(0, cut);
      text = text.slice(cut);
      const last = chunk.el.lastElementChild;
      if (last && last.className === cls) {
        last.firstChild.appendData(part);
      } else {
        const span = document.createElement('span');
        span.className = cls;
        span.appendChild(document.createTextNode(part));
        chunk.el.appendChild(span);
      }
      chunk.lines += countNewlines(part);
      chunk.chars += part.length;
      chunk.open = !part.endsWith('\n');
      this.chars += part.length;
    }
  }

  /** End the last line if it is open (before a note or an echo). */
  ensureNewline() {
    const chunk = this.chunks[this.chunks.length - 1];
    if (chunk?.open) this.append(chunk.el.lastElementChild.className, '\n');
  }

  /** Keep at most maxChars characters: drop the oldest chunks (each holds at most CHUNK_CHARS). */
  trim() {
    while (this.chars > this.maxChars && this.chunks.length > 1) {
      const first = this.chunks.shift();
      first.el.remove();
      this.chars -= first.chars;
      this.markTrimmed();
    }
  }

  dropAll() {
    for (const chunk of this.chunks) chunk.el.remove();
    this.chunks = [];
    this.chars = 0;
    this.markTrimmed();
  }

  /** Say at the top of the log that older output is gone. */
  markTrimmed() {
    if (this.trimmedNote) return;
    this.trimmedNote = document.createElement('div');
    this.trimmedNote.className = 'trimmed-note';
    this.trimmedNote.textContent = `[earlier output trimmed: only the last ${this.maxChars.toLocaleString('en-US')} characters are kept]\n`;
    this.log.prepend(this.trimmedNote);
  }

  atBottom() {
    const s = this.scroller;
    return s.scrollHeight - s.scrollTop - s.clientHeight < 40;
  }

  scrollToEnd() {
    this.scroller.scrollTop = this.scroller.scrollHeight;
  }
}
