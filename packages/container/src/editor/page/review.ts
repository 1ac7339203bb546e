import type { DiffHunk, DiffResponse } from '../protocol';
import { ApiFailure } from './api';
import { type Child, h } from './dom';
import { TEXT } from './texts';

/** What the review step needs from the page: the file's name, the diff, and the actions. */
export interface ReviewActions {
  name: string;
  problems: number;
  save(): Promise<void>;
  reload(): Promise<void>;
}

/** A hunk as lines of a unified diff, coloured by CSS, with "added"/"removed" said for screen readers. */
function hunkView(hunk: DiffHunk): HTMLElement {
  let before = hunk.oldStart;
  let after = hunk.newStart;
  const lines = hunk.lines.map((line) => {
    const numbers =
      `${line.kind === '+' ? '' : before++}`.padStart(4) + ` ${line.kind === '-' ? '' : after++}`.padStart(5);
    const tag = line.kind === '+' ? 'ins' : line.kind === '-' ? 'del' : 'span';
    return h(
      tag,
      { class: 'line' },
      h('span', { class: 'numbers', 'aria-hidden': 'true' }, numbers),
      line.kind !== ' ' &&
        h(
          'span',
          { class: 'visually-hidden' },
          `${line.kind === '+' ? TEXT.review.added : TEXT.review.removed}: `,
        ),
      h('span', { class: 'mark', 'aria-hidden': 'true' }, line.kind),
      line.text,
      '\n',
    );
  });
  return h(
    'figure',
    { class: 'hunk' },
    h('figcaption', {}, TEXT.review.hunk(hunk.oldStart, hunk.newStart)),
    h('pre', {}, ...lines),
  );
}

/** Fills the review dialog: the notes, the diff, and Save / Back; a conflict offers Reload instead of Save. */
export function fillReview(dialog: HTMLDialogElement, diff: DiffResponse, actions: ReviewActions): void {
  const failure = h('p', { class: 'message error', role: 'alert' });
  const save = h(
    'button',
    {
      type: 'button',
      class: 'primary',
      id: 'save',
      disabled: diff.changedOnDisk || !diff.hunks.length,
      onClick: async () => {
        save.disabled = true;
        try {
          await actions.save();
        } catch (error) {
          failure.replaceChildren(TEXT.review.failed((error as Error).message));
          if (error instanceof ApiFailure && error.conflict) failure.after(reload);
          else save.disabled = false;
        }
      },
    },
    actions.problems ? TEXT.review.saveAnyway(actions.problems) : TEXT.review.save,
  );
  const reload = h('button', { type: 'button', onClick: () => actions.reload() }, TEXT.review.reload);
  const back = h('button', { type: 'button', onClick: () => dialog.close() }, TEXT.review.back);
  const parts: Child[] = [
    h('h2', { id: 'review-title', tabindex: -1 }, TEXT.review.title(actions.name)),
    diff.changedOnDisk && h('p', { class: 'message error', role: 'alert' }, TEXT.review.changed),
    diff.changedOnDisk && reload,
    actions.problems > 0 && h('p', { class: 'message error' }, TEXT.review.problemsNote(actions.problems)),
    diff.relayout && diff.hunks.length > 0 && h('p', { class: 'hint' }, TEXT.review.relayout),
    diff.hunks.length
      ? h('div', { class: 'diff' }, ...diff.hunks.map(hunkView))
      : h('p', {}, TEXT.review.nothing),
    failure,
    h('div', { class: 'dialog-actions' }, back, save),
  ];
  dialog.replaceChildren(...parts.filter((part) => part instanceof Node));
}
