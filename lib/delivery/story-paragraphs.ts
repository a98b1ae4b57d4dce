/**
 * The story's markdown as plain paragraphs for print: the pack is read on paper and in mail
 * clients, so headings, emphasis and quotes become plain text rather than literal asterisks.
 */
export function storyParagraphs(markdown: string): string[] {
  return markdown
    .split(/\n\s*\n/)
    .map((block) =>
      block
        .replace(/^#{1,6}\s+/gm, "")
        .replace(/^>\s?/gm, "")
        .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
        .replace(/(\*\*|__|\*|_|`)/g, "")
        .replace(/\s*\n\s*/g, " ")
        .trim(),
    )
    .filter((paragraph) => paragraph.length > 0);
}
