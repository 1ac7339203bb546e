/**
 * The documents the tools print (the cookie tables, the cookie policy) as a few kinds of blocks, and their
 * rendering as Markdown or HTML: the texts are written once and every cell and sentence is escaped for
 * the format it lands in.
 */

/** A piece of a sentence: text, a name set as code, a link, or the link that opens the cookie settings. */
export type Inline = string | { code: string } | { link: string; text: string } | { settings: string };

/** A block of a document. */
export type Block =
  | { heading: string; level: 2 | 3 | 4 }
  | { paragraph: Inline[] }
  | { list: Inline[][] }
  | { table: { head: string[]; rows: Inline[][][] } };

/** The output formats. */
export type DocumentFormat = 'markdown' | 'html';

/**
 * Prose with names in backticks, as the policy's texts and the manifests' notes write them:
 * "delete `li_fat_id`" becomes text, code, text.
 */
export const prose = (text: string): Inline[] =>
  text.split(/`([^`]+)`/).flatMap((part, i): Inline[] => (i % 2 ? [{ code: part }] : part ? [part] : []));

const html = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

// Markdown text: entities for what a renderer would take as HTML, backslashes for emphasis, links and
// the table's own pipes; line breaks would end the row.
const markdown = (text: string): string =>
  text
    .replace(/[\\`*_[\]|]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\s*\n\s*/g, ' ');

// A name as code: a fence longer than any run of backticks inside, and pipes escaped (GFM reads them
// as cell breaks even inside code).
const markdownCode = (text: string): string => {
  const fence = '`'.repeat(Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length)) + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ')}${pad}${fence}`;
};

// A link's address inside (…): spaces and parentheses encoded, so the address cannot end early.
const markdownUrl = (url: string): string => url.replace(/[\s()<>]/g, (c) => encodeURIComponent(c));

function inlineMarkdown(parts: Inline[]): string {
  return parts
    .map((part) => {
      if (typeof part === 'string') return markdown(part);
      if ('code' in part) return markdownCode(part.code);
      // Markdown has no button: the settings are named, and opened from the link every page carries.
      if ('settings' in part) return `**${markdown(part.settings)}**`;
      return `[${markdown(part.text)}](${markdownUrl(part.link)})`;
    })
    .join('');
}

function inlineHtml(parts: Inline[]): string {
  return parts
    .map((part) => {
      if (typeof part === 'string') return html(part);
      if ('code' in part) return `<code>${html(part.code)}</code>`;
      // The UI opens its dialog from any element with data-consent-open, on this page too.
      if ('settings' in part) return `<a href="#" data-consent-open>${html(part.settings)}</a>`;
      return `<a href="${html(part.link)}">${html(part.text)}</a>`;
    })
    .join('');
}

function tableMarkdown(head: string[], rows: Inline[][][]): string {
  const body = rows.map((cells) => cells.map(inlineMarkdown));
  // Columns padded to their widest cell, so the file reads as a table before it is rendered.
  const widths = head.map((title, i) => Math.max(title.length, ...body.map((cells) => cells[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, i) => cell.padEnd(widths[i]!)).join(' | ')} |`;
  const rule = `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`;
  return [line(head.map(markdown)), rule, ...body.map(line)].join('\n');
}

function tableHtml(head: string[], rows: Inline[][][]): string {
  return [
    '<table>',
    `  <thead><tr>${head.map((title) => `<th scope="col">${html(title)}</th>`).join('')}</tr></thead>`,
    '  <tbody>',
    ...rows.map((cells) => `    <tr>${cells.map((cell) => `<td>${inlineHtml(cell)}</td>`).join('')}</tr>`),
    '  </tbody>',
    '</table>',
  ].join('\n');
}

/** A document as Markdown (GitHub's flavour: tables) or HTML, blocks separated by a blank line. */
export function renderDocument(blocks: readonly Block[], format: DocumentFormat): string {
  return blocks
    .map((block) => {
      if ('heading' in block)
        return format === 'html'
          ? `<h${block.level}>${html(block.heading)}</h${block.level}>`
          : `${'#'.repeat(block.level)} ${markdown(block.heading)}`;
      if ('paragraph' in block)
        return format === 'html' ? `<p>${inlineHtml(block.paragraph)}</p>` : inlineMarkdown(block.paragraph);
      if ('list' in block)
        return format === 'html'
          ? ['<ul>', ...block.list.map((item) => `  <li>${inlineHtml(item)}</li>`), '</ul>'].join('\n')
          : block.list.map((item) => `- ${inlineMarkdown(item)}`).join('\n');
      return format === 'html'
        ? tableHtml(block.table.head, block.table.rows)
        : tableMarkdown(block.table.head, block.table.rows);
    })
    .join('\n\n');
}
