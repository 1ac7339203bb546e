import { parseJsonText } from '../json-text';
import type { Problem } from '../problems';
import { validateContainer } from '../validate';
import { formatContainer } from './container-file';

/**
 * Something valid but probably not meant (a campaign that ended, one that can never fire). The validator
 * returns them beside `problems` once it knows warnings; until then the list is empty. This module is the
 * only place the editor learns about them.
 */
export interface EditorWarning {
  /** JSON path of the value it is about. */
  path: string;
  /** What is the matter, and what to do about it. */
  message: string;
  /** The campaign it is in. */
  campaign?: string;
}

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
  const warnings = (validation as { warnings?: EditorWarning[] }).warnings ?? [];
  return {
    problems: validation.problems,
    warnings: warnings.map(({ path, message, campaign }) => ({
      path,
      message,
      ...(campaign !== undefined && { campaign }),
    })),
  };
}
