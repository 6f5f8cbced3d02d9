// The code editor: CodeMirror 6 (a maintained, accessible editor with a real Python
// parser, far beyond what a hand-written textarea could do) with Python highlighting,
// Ctrl/Cmd-Enter to run, Tab to indent, and a marked line for the last error (a line
// decoration plus a gutter marker), cleared as soon as the code changes; and tier marks
// in a gutter of their own on the `def` lines of the functions the last run called (the
// Tiers panel, www/core/ui/tiers.js), which move with edits.
// Used by the playground and by the widget.

import { basicSetup } from 'codemirror';
import { indentWithTab } from '@codemirror/commands';
import { python } from '@codemirror/lang-python';
import { HighlightStyle, indentUnit, syntaxHighlighting } from '@codemirror/language';
import { EditorState, Prec, RangeSet, StateEffect, StateField } from '@codemirror/state';
import { Decoration, EditorView, GutterMarker, gutter, keymap } from '@codemirror/view';
import { tags as t } from '@lezer/highlight';

/** Set (a 1-based line number) or clear (null) the error mark. */
const setErrorLine = StateEffect.define();

class ErrorMarker extends GutterMarker {
  toDOM() {
    const el = document.createElement('span');
    el.className = 'cm-error-marker';
    el.textContent = '●';
    el.title = 'the error was raised here';
    return el;
  }
}
const errorMarker = new ErrorMarker();
const errorLineDecoration = Decoration.line({ class: 'cm-error-line' });

/** The error's line start position, or null; moves with edits and clears on any change. */
const errorLine = StateField.define({
  create: () => null,
  update(value, tr) {
    for (const effect of tr.effects) {
      if (effect.is(setErrorLine)) {
        const n = effect.value;
        return n !== null && n >= 1 && n <= tr.state.doc.lines ? tr.state.doc.line(n).from : null;
      }
    }
    return tr.docChanged ? null : value;
  },
  provide: (field) => [
    EditorView.decorations.from(field, (pos) =>
      pos === null ? Decoration.none : Decoration.set([errorLineDecoration.range(pos)])),
    gutter({
      class: 'cm-error-gutter',
      markers: (view) => {
        const pos = view.state.field(field);
        return pos === null ? RangeSet.empty : RangeSet.of([errorMarker.range(pos)]);
      },
    }),
  ],
});

/** Replace the tier marks: `[{line, state, name}]` (1-based lines). */
const setTierMarks = StateEffect.define();

const TIER_GLYPHS = { compiled: '●', deoptimised: '◐', not_compilable: '○', interpreted: '·', disabled: '·' };

class TierMarker extends GutterMarker {
  constructor(state, title) {
    super();
    this.state = state;
    this.title = title;
  }

  eq(other) {
    return other.state === this.state && other.title === this.title;
  }

  toDOM() {
    const el = document.createElement('span');
    el.className = `cm-tier-marker tier-${this.state}`;
    el.textContent = TIER_GLYPHS[this.state] ?? '·';
    el.title = this.title;
    return el;
  }
}

/** The tier marks, as a RangeSet mapped through edits. */
const tierMarks = StateField.define({
  create: () => RangeSet.empty,
  update(value, tr) {
    for (const effect of tr.effects) {
      if (!effect.is(setTierMarks)) continue;
      const marks = effect.value
        .filter((m) => m.line >= 1 && m.line <= tr.state.doc.lines)
        .map((m) => new TierMarker(m.state, `${m.name}: ${m.label}`).range(tr.state.doc.line(m.line).from))
        .sort((a, b) => a.from - b.from);
      return RangeSet.of(marks, true);
    }
    return value.map(tr.changes);
  },
  provide: (field) => gutter({ class: 'cm-tier-gutter', markers: (view) => view.state.field(field) }),
});

// Token colours come from CSS variables (www/playground/style.css), so one style serves
// both themes.
const highlight = HighlightStyle.define([
  { tag: [t.keyword, t.controlKeyword, t.operatorKeyword, t.definitionKeyword, t.moduleKeyword], color: 'var(--tok-keyword)' },
  { tag: [t.string, t.special(t.string)], color: 'var(--tok-string)' },
  { tag: [t.number, t.bool, t.null], color: 'var(--tok-number)' },
  { tag: [t.comment, t.lineComment], color: 'var(--tok-comment)', fontStyle: 'italic' },
  { tag: [t.function(t.variableName), t.function(t.propertyName), t.function(t.definition(t.variableName))], color: 'var(--tok-function)' },
  { tag: [t.className, t.definition(t.className)], color: 'var(--tok-class)' },
  { tag: [t.self, t.special(t.variableName)], color: 'var(--tok-self)' },
  { tag: [t.operator, t.punctuation, t.bracket], color: 'var(--tok-punct)' },
  { tag: t.meta, color: 'var(--tok-meta)' },
]);

const theme = EditorView.theme({
  '&': { height: '100%', backgroundColor: 'var(--editor-bg)', color: 'var(--fg)' },
  '.cm-scroller': { fontFamily: 'var(--mono)', fontSize: 'var(--code-size)', lineHeight: '1.55' },
  '.cm-content': { caretColor: 'var(--accent)' },
  '.cm-cursor, .cm-dropCursor': { borderLeftColor: 'var(--accent)' },
  '.cm-gutters': { backgroundColor: 'var(--editor-bg)', color: 'var(--muted)', border: 'none' },
  '.cm-activeLine': { backgroundColor: 'var(--active-line)' },
  '.cm-activeLineGutter': { backgroundColor: 'var(--active-line)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': { backgroundColor: 'var(--selection)' },
  '.cm-error-line': { backgroundColor: 'var(--error-line)' },
  '.cm-error-marker': { color: 'var(--error)', paddingLeft: '4px', fontSize: '0.8em' },
  '.cm-error-gutter': { minWidth: '14px' },
  '.cm-tier-gutter': { minWidth: '14px' },
  '.cm-tier-marker': { paddingLeft: '3px', fontSize: '0.8em', cursor: 'default', color: 'var(--muted)' },
  '.cm-tier-marker.tier-compiled': { color: 'var(--accent)' },
  '.cm-tier-marker.tier-deoptimised': { color: '#c77700' },
});

/**
 * Create the editor inside `parent`.
 * @param {HTMLElement} parent
 * @param {{doc: string, onRun: () => void, onChange: (code: string) => void}} options
 */
export function createEditor(parent, { doc, onRun, onChange }) {
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc,
      extensions: [
        Prec.highest(keymap.of([{ key: 'Mod-Enter', run: () => { onRun(); return true; } }])),
        basicSetup,
        keymap.of([indentWithTab]),
        python(),
        indentUnit.of('    '),
        syntaxHighlighting(highlight),
        theme,
        errorLine,
        tierMarks,
        EditorView.contentAttributes.of({ 'aria-label': 'Python code' }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) onChange(update.state.doc.toString());
        }),
      ],
    }),
  });

  return {
    view,
    /** The current code. */
    getCode: () => view.state.doc.toString(),
    /** Replace the whole code (e.g. with an example). */
    setCode(code) {
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: code }, selection: { anchor: 0 } });
      view.scrollDOM.scrollTop = 0;
    },
    /** Mark line `n` (1-based) as where the error happened, and scroll it into view. */
    markError(n) {
      view.dispatch({ effects: setErrorLine.of(n) });
      const pos = view.state.field(errorLine);
      if (pos !== null) view.dispatch({ effects: EditorView.scrollIntoView(pos, { y: 'center' }) });
    },
    clearError: () => view.dispatch({ effects: setErrorLine.of(null) }),
    /** The marked line (1-based), or null; for tests and the status line. */
    markedLine() {
      const pos = view.state.field(errorLine);
      return pos === null ? null : view.state.doc.lineAt(pos).number;
    },
    focus: () => view.focus(),
    /** Show tier marks on `def` lines: `[{line, state, name, label}]`. */
    setTierMarks: (marks) => view.dispatch({ effects: setTierMarks.of(marks) }),
    /** The tier marks shown: `[{line, state}]`; for tests. */
    tierMarks() {
      const out = [];
      view.state.field(tierMarks).between(0, view.state.doc.length, (from, _to, marker) => {
        out.push({ line: view.state.doc.lineAt(from).number, state: marker.state });
      });
      return out;
    },
    /** Put the cursor on line `n` (1-based), scroll it into view and focus the editor. */
    jumpTo(n) {
      if (n < 1 || n > view.state.doc.lines) return;
      const line = view.state.doc.line(n);
      view.dispatch({ selection: { anchor: line.from }, effects: EditorView.scrollIntoView(line.from, { y: 'center' }) });
      view.focus();
    },
    /** The block starting at line `n`: that line and the more indented ones after it. */
    blockAt(n) {
      const doc = view.state.doc;
      if (n < 1 || n > doc.lines) return '';
      const first = doc.line(n).text;
      const indent = first.length - first.trimStart().length;
      const lines = [first];
      for (let i = n + 1; i <= doc.lines; i++) {
        const text = doc.line(i).text;
        const header = lines.every((l) => l.trimStart().startsWith('@'));
        if (!header && text.trim() && text.length - text.trimStart().length <= indent && !/^\s*[)\]}]/.test(text)) break;
        lines.push(text);
      }
      while (lines.length > 1 && !lines[lines.length - 1].trim()) lines.pop();
      return lines.join('\n');
    },
  };
}
