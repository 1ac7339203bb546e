import { isAtOrUnder, jsonPath, type Problem, type Segments } from '../../problems';
import type { EditorWarning } from '../protocol';
import type { Editor, Section } from './context';
import { h } from './dom';
import { TEXT } from './texts';

/** A JSON path back into segments: `$.campaigns[1]["a b"]` → `['campaigns', 1, 'a b']`. */
export function segmentsOf(path: string): Segments {
  const segments: (string | number)[] = [];
  for (const [, name, index, quoted] of path.matchAll(
    /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g,
  ))
    segments.push(name ?? (index !== undefined ? Number(index) : (JSON.parse(quoted!) as string)));
  return segments;
}

/** The section a path is edited in. */
export const sectionOf = (path: Segments): Section =>
  path[0] === 'adapters'
    ? 'vendors'
    : path[0] === 'cookies'
      ? 'cookies'
      : path[0] === 'campaigns'
        ? 'campaigns'
        : 'settings';

/** The element showing a path's field, or its nearest enclosing one on the page. */
export function fieldFor(root: ParentNode, path: Segments): HTMLElement | undefined {
  for (let depth = path.length; depth >= 1; depth--) {
    const selector = `[data-field="${CSS.escape(jsonPath(path.slice(0, depth)))}"]`;
    const found = root.querySelector<HTMLElement>(selector);
    if (found) return found;
  }
  return undefined;
}

const problemText = (p: Problem): string =>
  `${TEXT.expected} ${p.expected}, ${TEXT.found} ${p.found}.${p.hint ? ` ${p.hint}` : ''}`;

/** Puts each problem and warning next to its field (or the nearest enclosing one), and marks the field invalid. */
export function annotate(editor: Editor, root: HTMLElement): void {
  for (const box of root.querySelectorAll('.messages')) box.replaceChildren();
  for (const control of root.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
  const place = (path: string, text: string, kind: 'error' | 'warning') => {
    const target = fieldFor(root, segmentsOf(path));
    if (!target) return;
    const box = target.querySelector(':scope > .messages') ?? target.querySelector('.messages');
    box?.append(h('p', { class: `message ${kind}` }, text));
    if (kind === 'error')
      target
        .querySelector(':scope > input, :scope > select, :scope > textarea')
        ?.setAttribute('aria-invalid', 'true');
  };
  for (const p of editor.report.problems) place(p.path, problemText(p), 'error');
  for (const w of editor.report.warnings) place(w.path, `${TEXT.warningPrefix} ${w.message}`, 'warning');
}

const where = (p: Problem | EditorWarning): string =>
  [
    p.path,
    p.campaign && TEXT.inCampaign(p.campaign),
    'position' in p && p.position && TEXT.lineNumber(p.position.line),
  ]
    .filter(Boolean)
    .join(' · ');

/** The summary: every problem and warning, each a link to its field; an unknown key can be removed from here. */
export function summary(editor: Editor): Node[] {
  const { problems, warnings } = editor.report;
  const item = (p: Problem | EditorWarning, text: string, kind: string) => {
    const unknownKey = 'found' in p ? /^unknown key "(.*)"$/.exec(p.found)?.[1] : undefined;
    return h(
      'li',
      { class: kind },
      h(
        'button',
        { type: 'button', class: 'link', onClick: () => editor.reveal(segmentsOf(p.path)) },
        h('span', { class: 'where' }, where(p)),
        h('span', {}, text),
      ),
      unknownKey !== undefined &&
        h(
          'button',
          { type: 'button', class: 'quiet', onClick: () => editor.set(segmentsOf(p.path), undefined, true) },
          TEXT.removeKey(unknownKey),
        ),
    );
  };
  return [
    h('h2', {}, `${TEXT.problems} (${problems.length})`),
    problems.length
      ? h('ul', { class: 'report' }, ...problems.map((p) => item(p, problemText(p), 'error')))
      : h('p', { class: 'ok' }, TEXT.noProblems),
    warnings.length > 0 && h('h2', {}, `${TEXT.warnings} (${warnings.length})`),
    warnings.length > 0 &&
      h('ul', { class: 'report' }, ...warnings.map((w) => item(w, w.message, 'warning'))),
  ].filter((x) => x instanceof Node);
}

/** How many problems each section has, for the navigation. */
export function problemsBySection(editor: Editor): Record<Section, number> {
  const counts: Record<Section, number> = { settings: 0, vendors: 0, cookies: 0, campaigns: 0 };
  for (const p of editor.report.problems) counts[sectionOf(segmentsOf(p.path))]++;
  return counts;
}

/** How many problems are inside a path (the path itself included). */
export function problemsIn(editor: Editor, path: string): number {
  return editor.report.problems.filter((p) => isAtOrUnder(p.path, path)).length;
}

/** Updates the problem counts shown in tables (`data-count-for` a path), after a new report. */
export function updateCounts(editor: Editor, root: ParentNode): void {
  for (const cell of root.querySelectorAll<HTMLElement>('[data-count-for]')) {
    const count = problemsIn(editor, cell.dataset.countFor!);
    cell.textContent = String(count);
    cell.classList.toggle('bad', count > 0);
  }
}
