// The Share dialog: makes the link (www/core/share.js) for the current state, optionally
// with the results just measured, shows it with its length, warns before a link that common
// tools may cut (LINK_WARN_CHARS) is copied, and copies it.

import { LINK_WARN_CHARS, encodeShare } from '../../core/share.js';
import { el } from '../../core/ui/tiers.js';

export class ShareDialog {
  /** `getState()` answers `{code, jit, results|null}`. */
  constructor(getState) {
    this.getState = getState;
    this.include = el('input', { type: 'checkbox', id: 'share-results', checked: true });
    this.includeLabel = el('label', { class: 'share-option' }, this.include,
      ' include my results (with browser, OS and CPU count)');
    this.link = el('input', { type: 'text', readonly: true, class: 'share-link', id: 'share-link', 'aria-label': 'share link' });
    this.info = el('p', { class: 'share-info' });
    this.copyButton = el('button', { type: 'button', class: 'primary', id: 'share-copy', onclick: () => this.copy() }, 'Copy link');
    this.dialog = el('dialog', { class: 'share-dialog', id: 'share-dialog', 'aria-label': 'Share' },
      el('h2', {}, 'Share this program'),
      el('p', {}, 'The link holds the code and settings (compressed in its #fragment, which no server sees).'),
      this.includeLabel, this.link, this.info,
      el('div', { class: 'dialog-buttons' }, this.copyButton,
        el('button', { type: 'button', onclick: () => this.dialog.close() }, 'Close')));
    this.include.addEventListener('change', () => this.refresh());
    document.body.append(this.dialog);
  }

  async open() {
    const state = this.getState();
    this.includeLabel.hidden = !state.results;
    if (!this.dialog.open) this.dialog.showModal();
    await this.refresh();
  }

  async refresh() {
    const state = this.getState();
    const withResults = Boolean(state.results) && this.include.checked;
    const base = location.href.split('#')[0];
    const url = await encodeShare({ code: state.code, jit: state.jit, ...(withResults ? { results: state.results } : {}) }, base);
    this.link.value = url;
    const long = url.length > LINK_WARN_CHARS;
    this.info.className = `share-info${long ? ' share-warning' : ''}`;
    this.info.textContent = long
      ? `This link is ${url.length.toLocaleString('en-US')} characters long. Chat apps, mail clients and URL ` +
        `shorteners often cut links beyond ${LINK_WARN_CHARS.toLocaleString('en-US')}; a cut link will not open.` +
        (withResults ? ' Leaving the results out makes it shorter.' : '')
      : `${url.length.toLocaleString('en-US')} characters.`;
    this.copyButton.textContent = long ? 'Copy anyway' : 'Copy link';
    this.link.select();
  }

  async copy() {
    try {
      await navigator.clipboard.writeText(this.link.value);
      this.copyButton.textContent = 'Copied';
    } catch {
      this.link.select();
      this.copyButton.textContent = 'Press Ctrl-C';
    }
  }
}
