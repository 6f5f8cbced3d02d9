// The generated code view: for a compiled function, its Python source beside the code tier
// 1 made for it, as WebAssembly text (printed in Rust by wasmprinter, `WebSession.wat`) in
// one tab and Pave's IR (`WebSession.ir`) in another, with a Copy button. A modal <dialog>:
// the browser gives it focus trapping, Escape to close and a backdrop for free.

import { el } from '../../core/ui/tiers.js';

export class CodeView {
  constructor() {
    this.tabs = {};
    this.texts = { wat: '', ir: '' };
    this.current = 'wat';
    this.title = el('h2', { class: 'code-title' });
    this.source = el('pre', { class: 'code-source', 'aria-label': 'Python source' });
    this.output = el('pre', { class: 'code-output', tabindex: '0', 'aria-label': 'generated code' });
    this.copyButton = el('button', { type: 'button', class: 'copy', onclick: () => this.copy() }, 'Copy');
    const tab = (key, label) => {
      this.tabs[key] = el('button', { type: 'button', role: 'tab', class: 'tab', dataset: { tab: key },
        onclick: () => this.select(key) }, label);
      return this.tabs[key];
    };
    this.dialog = el('dialog', { class: 'code-dialog', id: 'code-view', 'aria-label': 'Generated code' },
      el('header', { class: 'code-head' }, this.title,
        el('div', { role: 'tablist', class: 'tabs' }, tab('wat', 'WebAssembly (WAT)'), tab('ir', 'IR')),
        this.copyButton,
        el('button', { type: 'button', class: 'close', 'aria-label': 'Close', onclick: () => this.dialog.close() }, '✕')),
      el('div', { class: 'code-body' },
        el('section', { class: 'code-col' }, el('h3', {}, 'Python'), this.source),
        el('section', { class: 'code-col' }, el('h3', { class: 'code-kind' }, 'Generated'), this.output)));
    this.dialog.addEventListener('click', (e) => {
      if (e.target === this.dialog) this.dialog.close();
    });
    document.body.append(this.dialog);
  }

  /** Open for function `name` with its `source` and `{wat, ir}` (null when not compiled). */
  show(name, source, { wat, ir }) {
    this.title.textContent = name;
    this.source.textContent = source || '(source not in the editor any more)';
    this.texts = {
      wat: wat ?? `${name} has no compiled module in this session (it was compiled in another session, or not at all).`,
      ir: ir ?? 'No IR kept for this function.',
    };
    this.select('wat');
    if (!this.dialog.open) this.dialog.showModal();
  }

  select(key) {
    this.current = key;
    for (const [k, button] of Object.entries(this.tabs)) button.setAttribute('aria-selected', String(k === key));
    this.output.textContent = this.texts[key];
    this.output.dataset.kind = key;
    this.copyButton.textContent = 'Copy';
  }

  async copy() {
    try {
      await navigator.clipboard.writeText(this.texts[this.current]);
      this.copyButton.textContent = 'Copied';
    } catch {
      // No clipboard permission: select the text so Ctrl-C works.
      getSelection().selectAllChildren(this.output);
      this.copyButton.textContent = 'Press Ctrl-C';
    }
  }
}
