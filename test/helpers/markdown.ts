/**
 * Reading Markdown the way the docs tests need: the links and images of a page (outside code), the
 * anchors GitHub gives its headings, and the code blocks under a heading (so a test can run the very
 * snippet a page tells a user to write).
 */

/** A link or image found in Markdown. */
export interface MarkdownLink {
  url: string;
  image: boolean;
}

const withoutCode = (markdown: string): string =>
  markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '');

/** Links and images outside code: `[text](url)`, `![alt](url)`, `<https://…>`, `src="…"`, `href="…"`. */
export function links(markdown: string): MarkdownLink[] {
  const prose = withoutCode(markdown);
  const found: MarkdownLink[] = [];
  for (const [, bang, url] of prose.matchAll(/(!?)\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g))
    found.push({ url: url!, image: bang === '!' });
  for (const [, url] of prose.matchAll(/<(https?:\/\/[^>\s]+)>/g)) found.push({ url: url!, image: false });
  for (const [, attribute, url] of prose.matchAll(/\b(src|href)="([^"]+)"/g))
    found.push({ url: url!, image: attribute === 'src' });
  return found;
}

/** The anchors GitHub (and npm) give a page's headings: lower case, punctuation dropped, spaces as dashes. */
export function anchors(markdown: string): Set<string> {
  const headings = markdown.replace(/```[\s\S]*?```/g, '').matchAll(/^#{1,6}\s+(.+)$/gm);
  return new Set(
    [...headings].map(([, text]) =>
      text!
        .trim()
        .toLowerCase()
        .replace(/[^\p{L}\p{N}\s_-]/gu, '')
        .replace(/\s/g, '-'),
    ),
  );
}

/** The fenced code blocks in the section under `heading` (up to the next heading of its level or higher). */
export function codeBlocks(markdown: string, heading: string): { lang: string; code: string }[] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => /^#+\s/.test(line) && line.replace(/^#+\s+/, '') === heading);
  if (start < 0) throw new Error(`no heading "${heading}"`);
  const level = /^#+/.exec(lines[start]!)![0].length;
  const end = lines.findIndex((line, i) => i > start && new RegExp(`^#{1,${level}}\\s`).test(line));
  const section = lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
  return [...section.matchAll(/^```(\w*)\n([\s\S]*?)^```$/gm)].map(([, lang, code]) => ({
    lang: lang!,
    code: code!,
  }));
}
