import { structuredPatch } from 'diff';
import { formatContainer } from './container-file';

/** One line of a diff: kept (`' '`), removed (`'-'`) or added (`'+'`), as a unified diff marks them. */
export interface DiffLine {
  /** The mark. */
  kind: ' ' | '-' | '+';
  /** The line's text, without the mark. */
  text: string;
}

/** A hunk of a unified diff: where it starts in each version, and its lines. */
export interface DiffHunk {
  /** The first line in the file on disk (1-based). */
  oldStart: number;
  /** The first line in the file as it would be saved (1-based). */
  newStart: number;
  /** The hunk's lines. */
  lines: DiffLine[];
}

/** What saving would change, as the review step shows it. */
export interface ContainerDiff {
  /** The changed hunks of the formatted JSON, with 3 lines of context; none when nothing changed. */
  hunks: DiffHunk[];
  /** The file on disk is not laid out as the editor writes it, so saving also changes its layout. */
  relayout: boolean;
}

/**
 * The change from the container on disk to the draft, as a unified diff of both formatted the way the
 * editor saves: what a marketer changed, not line noise from the file's own layout (that is `relayout`).
 */
export function containerDiff(diskText: string, diskValue: unknown, draft: unknown): ContainerDiff {
  const before = formatContainer(diskValue);
  const patch = structuredPatch('before', 'after', before, formatContainer(draft), '', '', { context: 3 });
  return {
    hunks: patch.hunks.map((hunk) => ({
      oldStart: hunk.oldStart,
      newStart: hunk.newStart,
      lines: hunk.lines
        .filter((line) => !line.startsWith('\\'))
        .map((line) => ({ kind: line[0] as DiffLine['kind'], text: line.slice(1) })),
    })),
    relayout: diskText.replace(/^\uFEFF/, '') !== before,
  };
}
