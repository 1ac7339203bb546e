import { parseJsonText } from '../json-text';
import type { Problem, Warning } from '../problems';
import { validateContainer } from '../validate';
import { formatContainer } from './container-file';

/**
 * A warning as the page gets it: the validator's `Warning` less its `position`, which the editor does not
 * send. This module is the only place the editor learns about warnings.
 */
export type EditorWarning = Omit<Warning, 'position'>;

/** What the page shows after each change: the validator's problems and warnings for the draft. */
export interface Report {
  /** Every problem, in file order, with its line and column in the file as it would be saved. */
  problems: Problem[];
  /** Every warning, in file order. */
  warnings: EditorWarning[];
}

/**
 * Validates a draft with the same `validateContainer` as `consent validate`, positions taken from the text
 * the draft would be saved as, so the line a problem names is the line it will have in the file.
 */
export function reportOn(draft: unknown): Report {
  const parsed = parseJsonText(formatContainer(draft));
  const validation = validateContainer(draft, 'text' in parsed ? { text: parsed.text } : {});
  return {
    problems: validation.problems,
    warnings: validation.warnings.map(({ path, message, campaign }) => ({
      path,
      message,
      ...(campaign !== undefined && { campaign }),
    })),
  };
}
