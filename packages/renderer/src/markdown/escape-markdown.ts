/**
 * Prose made literal in Markdown: the characters that start emphasis, code, links, HTML or table cells are
 * backslash-escaped, and so are a heading, quote or list marker at the start of the line.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<|]/gu, (character) => `\\${character}`)
    .replace(/^(\s*)([#>+-])/u, '$1\\$2')
    .replace(/^(\s*\d+)([.)]\s)/u, '$1\\$2');
}

/** A table cell's text for a GFM table: `|` escaped, line breaks as spaces. */
export function escapeMarkdownCell(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/gu, ' ').replace(/[\\|]/gu, (character) => `\\${character}`);
}
