import { Children, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';
import { Link, useInRouterContext } from 'react-router';
import rehypeHighlight, { type Options as HighlightOptions } from 'rehype-highlight';
import remarkGfm from 'remark-gfm';
import { useTranslation } from '@forum/web/i18n';
import { isExternalUrl, safeUrl } from './safeUrl';
import { highlightLanguages } from './highlightLanguages';
import './MarkdownView.css';

export interface MarkdownViewProps {
  /** GitHub-flavoured Markdown written by someone in the community. */
  source: string;
  className?: string;
}

const highlight: HighlightOptions = { languages: highlightLanguages, detect: false };
const remarkPlugins = [remarkGfm];
const rehypePlugins: [typeof rehypeHighlight, HighlightOptions][] = [[rehypeHighlight, highlight]];

const profilePath = /^\/users\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a link is an @mention: text that starts with "@" pointing at a profile. */
export function isMentionLink(href: string | undefined, children: ReactNode): href is string {
  if (!href || !profilePath.test(href)) return false;
  const [first] = Children.toArray(children);
  return typeof first === 'string' && first.startsWith('@');
}

/** An @mention: a link to the person's profile inside the app, styled apart from other links. */
function MentionLink({ href, children }: { href: string; children: ReactNode }) {
  // Outside a router (a preview rendered on its own) a plain link does the same.
  const inRouter = useInRouterContext();
  const props = { className: 'forum-markdown__mention', rel: 'nofollow ugc noopener' };
  return inRouter ? (
    <Link to={href} {...props}>
      {children}
    </Link>
  ) : (
    <a href={href} {...props}>
      {children}
    </a>
  );
}

/** Every link in a post: never passes ranking on, and opens other sites in a new tab. */
function PostLink({ href, id, children }: ComponentPropsWithoutRef<'a'>) {
  if (!href) return <>{children}</>;
  if (isMentionLink(href, children)) return <MentionLink href={href}>{children}</MentionLink>;
  const external = isExternalUrl(href);
  return (
    <a
      href={href}
      // Footnote links carry ids, which react-markdown prefixes with "user-content-".
      id={id}
      rel="nofollow ugc noopener"
      target={external ? '_blank' : undefined}
      className={external ? 'forum-markdown__external' : undefined}
    >
      {children}
    </a>
  );
}

/**
 * Images in posts become links to the image. Showing them inline would make every reader's
 * browser fetch from whatever server a post names, telling it their address (a tracking pixel
 * needs nothing more); the reader decides by clicking.
 */
function PostImage({ src, alt }: ComponentPropsWithoutRef<'img'>) {
  const { t } = useTranslation();
  const label = alt ? t('markdown.image', { alt }) : t('markdown.imageNoAlt');
  if (typeof src !== 'string' || !src) return <>{label}</>;
  return (
    <PostLink href={src}>
      <span className="forum-markdown__image-link">{label}</span>
    </PostLink>
  );
}

// A post sits under the page's own headings: its "# Heading" is one level below the post.
const components: Components = {
  a: ({ href, id, children }) => (
    <PostLink href={href} id={id}>
      {children}
    </PostLink>
  ),
  img: ({ src, alt }) => <PostImage src={src} alt={alt} />,
  h1: ({ id, children }) => <h3 id={id}>{children}</h3>,
  h2: ({ id, children }) => <h4 id={id}>{children}</h4>,
  h3: ({ id, children }) => <h5 id={id}>{children}</h5>,
  h4: ({ id, children }) => <h6 id={id}>{children}</h6>,
  h5: ({ id, children }) => <h6 id={id}>{children}</h6>,
  h6: ({ id, children }) => <h6 id={id}>{children}</h6>,
};

/**
 * Renders a post's Markdown, safe by construction: raw HTML in the source shows as text (no
 * rehype-raw, no `dangerouslySetInnerHTML`), every URL passes `safeUrl` (http, https, mailto and
 * relative only), and React sets every attribute, so there is no way to an event handler.
 */
export function MarkdownView({ source, className }: MarkdownViewProps) {
  return (
    <div className={['forum-markdown', className].filter(Boolean).join(' ')}>
      <Markdown
        remarkPlugins={remarkPlugins}
        rehypePlugins={rehypePlugins}
        components={components}
        urlTransform={(url) => safeUrl(url)}
      >
        {source}
      </Markdown>
    </div>
  );
}
