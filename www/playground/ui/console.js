// The console view: program output as it streams (stdout, stderr in red), notes from Pave,
// echoed REPL lines, and the one-line input at the bottom that serves both the `>>>` REPL
// and `input()`. The log itself is an OutputLog (www/core/ui/output-log.js): batched per
// animation frame and laid out in small chunks, so a program that prints in a tight loop
// cannot freeze the page, and it keeps only the last MAX_CHARS characters, even of a single
// huge line.

import { OutputLog } from '../../core/ui/output-log.js';

/** How much output the console keeps (the oldest goes first, and the console says so). */
const MAX_CHARS = 400_000;

export class ConsoleView extends OutputLog {
  /** @param {HTMLElement} root the `.console` element (see index.html) */
  constructor(root) {
    const scroller = root.querySelector('.console-scroll');
    super(root.querySelector('.console-log'), scroller, MAX_CHARS);
    this.root = root;
    this.line = root.querySelector('.console-line');
    this.promptEl = root.querySelector('.console-prompt');
    this.input = root.querySelector('.console-input');
    this.scroller.addEventListener('mouseup', () => {
      // A click (not a text selection) anywhere in the console goes to the input line.
      if (!window.getSelection()?.toString() && !this.input.disabled) this.input.focus();
    });
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
}
