// Markdown headings must fit the page they are shown on: the page's h1 is its headline, and a
// section may already have an h2. This remark plugin renumbers headings so the document's top
// level renders at `top` and no level is skipped, whatever the author wrote (# or ##, ### after #).

export type HeadingLevel = 2 | 3 | 4;

// The few fields of a markdown syntax tree node this plugin reads (mdast, see remark-parse).
type MarkdownNode = { type: string; depth?: number; children?: MarkdownNode[] };

export function remarkHeadingLevels({ top }: { top: HeadingLevel }) {
  return (tree: MarkdownNode) => {
    const headings = collectHeadings(tree);
    const depthsInUse = [...new Set(headings.map((heading) => heading.depth ?? 1))].sort((a, b) => a - b);
    for (const heading of headings) {
      heading.depth = Math.min(6, top + depthsInUse.indexOf(heading.depth ?? 1));
    }
  };
}

function collectHeadings(node: MarkdownNode, found: MarkdownNode[] = []): MarkdownNode[] {
  if (node.type === "heading") found.push(node);
  for (const child of node.children ?? []) collectHeadings(child, found);
  return found;
}
