// What the console's input line does. In 'repl' mode it is CPython's interactive prompt:
// lines gather into a block while the session says the input is incomplete (`...`), the
// finished block runs in the same session as the editor's program, and ↑/↓ walk the
// history (kept in localStorage). In 'input' mode it answers a waiting `input()`. In
// 'busy' mode (a program runs) it is disabled; Ctrl-C there means Stop.

const HISTORY_KEY = 'pave.history';
const HISTORY_MAX = 200;
const PS1 = '>>> ';
const PS2 = '... ';

export class Repl {
  /**
   * @param {import('./console.js').ConsoleView} view
   * @param {{check: (src: string) => Promise<string>, run: (src: string) => Promise<void>,
   *          sendInput: (line: string|null) => void, stop: () => void}} actions
   */
  constructor(view, actions) {
    this.view = view;
    this.actions = actions;
    this.block = [];
    this.history = loadHistory();
    this.cursor = this.history.length;
    this.draft = '';
    this.mode = 'busy';
    view.input.addEventListener('keydown', (e) => this.onKey(e));
    view.input.addEventListener('paste', (e) => this.onPaste(e));
    this.setMode('busy');
  }

  /** 'repl' (idle), 'input' (input() waits) or 'busy' (a program runs). */
  setMode(mode) {
    this.mode = mode;
    if (mode === 'repl') {
      this.view.setPrompt(this.block.length ? PS2 : PS1, { mode });
    } else if (mode === 'input') {
      this.view.setPrompt('', { mode });
      this.view.focusInput();
    } else {
      this.view.setPrompt(this.block.length ? PS2 : PS1, { enabled: false, mode });
    }
  }

  /** Forget a half-typed block (after Clear or a reset). */
  cancelBlock() {
    this.block = [];
    if (this.mode === 'repl') this.setMode('repl');
  }

  onKey(e) {
    const input = this.view.input;
    if (e.key === 'Enter') {
      e.preventDefault();
      const line = input.value;
      input.value = '';
      this.submit(line);
    } else if (e.key === 'ArrowUp' && this.mode === 'repl') {
      e.preventDefault();
      this.walkHistory(-1);
    } else if (e.key === 'ArrowDown' && this.mode === 'repl') {
      e.preventDefault();
      this.walkHistory(1);
    } else if (e.key === 'c' && e.ctrlKey && !input.value.slice(input.selectionStart, input.selectionEnd)) {
      e.preventDefault();
      if (this.mode === 'input') this.actions.stop();
      else if (this.mode === 'repl') {
        this.view.echo(this.block.length ? PS2 : PS1, `${input.value}^C`);
        input.value = '';
        this.view.note('KeyboardInterrupt', 'error');
        this.cancelBlock();
      }
    } else if (e.key === 'd' && e.ctrlKey && this.mode === 'input' && input.value === '') {
      e.preventDefault();
      this.view.echo('', '^D', 'input');
      this.setMode('busy');
      this.actions.sendInput(null);
    }
  }

  onPaste(e) {
    const text = e.clipboardData?.getData('text/plain') ?? '';
    if (this.mode !== 'repl' || !text.includes('\n')) return;
    // A pasted block is entered line by line, as if typed.
    e.preventDefault();
    const lines = (this.view.input.value + text).replace(/\r\n?/g, '\n').split('\n');
    this.view.input.value = lines.pop();
    this.queue = (this.queue ?? Promise.resolve()).then(async () => {
      for (const line of lines) await this.submit(line);
    });
  }

  walkHistory(step) {
    const next = this.cursor + step;
    if (next < 0 || next > this.history.length) return;
    if (this.cursor === this.history.length) this.draft = this.view.input.value;
    this.cursor = next;
    this.view.input.value = next === this.history.length ? this.draft : this.history[next];
    const end = this.view.input.value.length;
    this.view.input.setSelectionRange(end, end);
  }

  async submit(line) {
    if (this.mode === 'input') {
      this.view.echo('', line, 'input');
      this.setMode('busy');
      this.actions.sendInput(line);
      return;
    }
    if (this.mode !== 'repl') return;
    this.view.echo(this.block.length ? PS2 : PS1, line);
    this.remember(line);
    if (!this.block.length && line.trim() === '') return;
    this.block.push(line);
    const source = this.block.join('\n');
    this.setMode('busy');
    let status;
    try {
      status = await this.actions.check(source);
    } catch {
      this.block = [];
      return;
    }
    if (status === 'incomplete') {
      this.setMode('repl');
      return;
    }
    this.block = [];
    await this.actions.run(source);
  }

  remember(line) {
    if (line.trim() && this.history[this.history.length - 1] !== line) {
      this.history.push(line);
      if (this.history.length > HISTORY_MAX) this.history.splice(0, this.history.length - HISTORY_MAX);
      try {
        localStorage.setItem(HISTORY_KEY, JSON.stringify(this.history));
      } catch {
        // Storage may be full or disabled; history then lasts for this page only.
      }
    }
    this.cursor = this.history.length;
    this.draft = '';
  }
}

function loadHistory() {
  try {
    const saved = JSON.parse(localStorage.getItem(HISTORY_KEY) ?? '[]');
    return Array.isArray(saved) ? saved.filter((x) => typeof x === 'string') : [];
  } catch {
    return [];
  }
}
