// The status line under the page: what Python is doing now (loading, ready, running with
// a live timer, waiting for input) and, on the right, the version, load time and whether
// the page is cross-origin isolated (which input() and a gentle Stop need).

export class StatusLine {
  /** @param {HTMLElement} root the `.status` element */
  constructor(root) {
    this.state = root.querySelector('.status-state');
    this.info = root.querySelector('.status-info');
    this.timer = 0;
  }

  /** `kind`: 'loading' | 'ready' | 'running' | 'input' | 'error'. */
  set(kind, text) {
    clearInterval(this.timer);
    this.timer = 0;
    this.state.dataset.kind = kind;
    this.state.textContent = text;
  }

  /** 'Running…' with a live elapsed time. */
  running() {
    const start = performance.now();
    this.set('running', 'Running…');
    this.timer = setInterval(() => {
      this.state.textContent = `Running… ${((performance.now() - start) / 1000).toFixed(1)} s`;
    }, 100);
  }

  /** The right-hand facts: `[text, title]` pairs joined with dots. */
  setInfo(parts) {
    this.info.textContent = '';
    parts.forEach(([text, title], i) => {
      if (i) this.info.append(' · ');
      const span = document.createElement('span');
      span.textContent = text;
      if (title) span.title = title;
      this.info.append(span);
    });
  }
}
