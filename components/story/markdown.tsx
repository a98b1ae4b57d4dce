import type { ReactNode } from "react";
import ReactMarkdown, { type Components } from "react-markdown";
import { remarkHeadingLevels, type HeadingLevel } from "@/lib/content/heading-levels";
import { allowedUrlOrEmpty, linkKind } from "@/lib/content/link-policy";

/**
 * Renders markdown as styled HTML: the campaign story, the privacy notice and, later, text
 * organisers write. Raw HTML in the source is dropped (`skipHtml`, no rehype-raw), links are
 * limited to http(s), mailto and relative URLs, and images are shown as their description only,
 * because fetching one from another site would break the promise of no third-party requests.
 */
export function Markdown({ markdown, topHeadingLevel = 2 }: { markdown: string; topHeadingLevel?: HeadingLevel }) {
  return (
    <div className="text-lg leading-relaxed [&>:first-child]:mt-0">
      <ReactMarkdown
        skipHtml
        urlTransform={allowedUrlOrEmpty}
        remarkPlugins={[[remarkHeadingLevels, { top: topHeadingLevel }]]}
        components={components}
      >
        {markdown}
      </ReactMarkdown>
    </div>
  );
}

// Each component takes only what it needs: react-markdown also passes `node` (the syntax tree),
// which must not end up as a DOM attribute.
const components: Components = {
  h2: ({ children }) => <h2 className="mt-10 text-2xl font-bold">{children}</h2>,
  h3: ({ children }) => <h3 className="mt-8 text-xl font-bold">{children}</h3>,
  h4: ({ children }) => <h4 className="mt-6 text-lg font-bold">{children}</h4>,
  h5: ({ children }) => <h5 className="mt-6 font-bold">{children}</h5>,
  h6: ({ children }) => <h6 className="mt-6 font-semibold">{children}</h6>,
  p: ({ children }) => <p className="mt-4">{children}</p>,
  ul: ({ children }) => <ul className="mt-4 list-disc space-y-2 pl-6">{children}</ul>,
  ol: ({ children, start }) => (
    <ol start={start} className="mt-4 list-decimal space-y-2 pl-6">
      {children}
    </ol>
  ),
  li: ({ children }) => <li className="pl-1">{children}</li>,
  blockquote: ({ children }) => (
    <blockquote className="mt-6 border-l-4 border-blue-800 bg-white py-2 pr-4 pl-5 text-xl font-medium text-slate-900 italic [&>p:first-child]:mt-0">
      {children}
    </blockquote>
  ),
  a: ({ children, href }) => <MarkdownLink href={href}>{children}</MarkdownLink>,
  strong: ({ children }) => <strong className="font-semibold">{children}</strong>,
  em: ({ children }) => <em>{children}</em>,
  code: ({ children }) => <code className="rounded bg-slate-100 px-1 font-mono text-[0.9em]">{children}</code>,
  pre: ({ children }) => <pre className="mt-4 overflow-x-auto rounded bg-slate-100 p-4 text-base [&>code]:bg-transparent [&>code]:p-0">{children}</pre>,
  hr: () => <hr className="my-8 border-slate-300" />,
  img: ({ alt }) => (alt ? <span>{alt}</span> : null),
};

function MarkdownLink({ href, children }: { href: string | undefined; children: ReactNode }) {
  const kind = href ? linkKind(href) : null;
  // A refused URL (emptied by urlTransform) keeps its text but stops being a link.
  if (!href || !kind) return <>{children}</>;
  return (
    <a
      href={href}
      // External pages must not get a handle on this window or learn where the reader came from.
      // They open in the same tab: the reader decides whether to open a new one.
      rel={kind === "external" ? "noopener noreferrer" : undefined}
      className="font-medium text-blue-800 underline underline-offset-4 hover:text-blue-950"
    >
      {children}
    </a>
  );
}
