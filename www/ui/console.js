// The console view: program output as it streams (stdout, stderr in red), notes from
// Pave, echoed REPL lines, and the one-line input at the bottom that serves both the
// `>>>` REPL and `input()`. Rendering is batched per animation frame and laid out in
// small chunks, so a program that prints in a tight loop cannot freeze the page, and the
// log keeps only about the last MAX_CHARS characters.

const MAX_CHARS = 400_000;
const CHUNK_LINES = 100;

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

export class ConsoleView {
  /** @param {HTMLElement} root the `.console` element (see index.html) */
  constructor(root) {
    this.root = root;
    this.scroller = root.querySelector('.console-scroll');
    this.log = root.querySelector('.console-log');
    this.line = root.querySelector('.console-line');
    this.promptEl = root.querySelector('.console-prompt');
    this.input = root.querySelector('.console-input');
    this.pending = [];
    this.pendingChars = 0;
    this.frame = 0;
    this.chars = 0;
    this.chunks = [];
    this.scroller.addEventListener('mouseup', () => {
      // A click (not a text selection) anywhere in the console goes to the input line.
      if (!window.getSelection()?.toString() && !this.input.disabled) this.input.focus();
    });
  }

  /** Program output; shown at the next animation frame. */
  write(stream, text) {
    if (!text) return;
    this.pending.push([stream, text]);
    this.pendingChars += text.length;
    // Without animation frames (a background tab) only the tail can ever be shown.
    while (this.pendingChars > MAX_CHARS && this.pending.length > 1) {
      this.pendingChars -= this.pending.shift()[1].length;
    }
    if (!this.frame) this.frame = requestAnimationFrame(() => this.flush());
  }

  /** Render pending output now (before anything that must appear after it). */
  flush() {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    if (!this.pending.length) return;
    const stick = this.atBottom();
    for (const [stream, text] of this.pending) this.append(`out-${stream}`, text);
    this.pending = [];
    this.pendingChars = 0;
    this.trim();
    if (stick) this.scrollToEnd();
  }

  /** A line from Pave itself: 'info', 'error' or 'reset'. */
  note(text, kind = 'info') {
    this.block(`note note-${kind}`, text);
  }

  /** A traceback or other error report, in the error colour. */
  error(text) {
    this.block('out-error', text);
  }

  /** Show what the user typed after `prompt` (REPL) or as an answer to input(). */
  echo(prompt, text, kind = 'repl') {
    this.flush();
    if (kind === 'input') {
      this.append('echo-input', `${text}\n`);
    } else {
      this.ensureNewline();
      this.append('echo-prompt', prompt);
      this.append('echo-code', `${text}\n`);
    }
    this.scrollToEnd();
  }

  /** Set the input line's prompt and whether it accepts typing. */
  setPrompt(prompt, { enabled = true, mode = 'repl' } = {}) {
    this.promptEl.textContent = prompt;
    this.input.disabled = !enabled;
    this.line.dataset.mode = mode;
    this.input.placeholder = mode === 'input' ? 'input() is waiting: type a line, Enter to send, Ctrl-D for end of input' :
      mode === 'repl' ? 'Python here; Enter runs, ↑/↓ history' : '';
    if (enabled) this.scrollToEnd();
  }

  clear() {
    this.pending = [];
    this.pendingChars = 0;
    this.log.textContent = '';
    this.chunks = [];
    this.chars = 0;
  }

  /** Everything shown so far, as text (for tests and copying). */
  text() {
    this.flush();
    return this.log.textContent;
  }

  focusInput() {
    if (!this.input.disabled) this.input.focus({ preventScroll: true });
  }

  block(cls, text) {
    this.flush();
    this.ensureNewline();
    this.append(cls, text.endsWith('\n') ? text : `${text}\n`);
    this.trim();
    this.scrollToEnd();
  }

  /**
   * Append `text` with class `cls`. The log is a column of block-level chunks of at most
   * CHUNK_LINES lines, so the browser re-lays out only the last chunk when output arrives
   * (one long inline run would be re-laid out whole, which froze the page under a print
   * loop), and trimming drops whole chunks.
   */
  append(cls, text) {
    while (text) {
      let chunk = this.chunks[this.chunks.length - 1];
      if (!chunk || (chunk.lines >= CHUNK_LINES && !chunk.open)) {
        const el = document.createElement('div');
        el.className = 'chunk';
        this.log.appendChild(el);
        chunk = { el, lines: 0, chars: 0, open: false };
        this.chunks.push(chunk);
      }
      const cut = afterNewlines(text, Math.max(CHUNK_LINES - chunk.lines, 1));
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

  ensureNewline() {
    const chunk = this.chunks[this.chunks.length - 1];
    if (chunk?.open) this.append(chunk.el.lastElementChild.className, '\n');
  }

  trim() {
    while (this.chars > MAX_CHARS && this.chunks.length > 1) {
      const first = this.chunks.shift();
      first.el.remove();
      this.chars -= first.chars;
    }
  }

  atBottom() {
    const s = this.scroller;
    return s.scrollHeight - s.scrollTop - s.clientHeight < 40;
  }

  scrollToEnd() {
    this.scroller.scrollTop = this.scroller.scrollHeight;
  }
}
