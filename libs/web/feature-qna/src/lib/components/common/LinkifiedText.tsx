import { Fragment } from 'react';
import { Link, useInRouterContext } from 'react-router';
import { linkify } from '../../utils/linkify';

export interface LinkifiedTextProps {
  text: string;
}

/** An @mention: the person's profile inside the app (a plain link when rendered on its own). */
function MentionLink({ href, text }: { href: string; text: string }) {
  const inRouter = useInRouterContext();
  return inRouter ? (
    <Link to={href} className="forum-markdown__mention">
      {text}
    </Link>
  ) : (
    <a href={href} className="forum-markdown__mention">
      {text}
    </a>
  );
}

/** Plain text where http(s) addresses and @mentions become links; nothing else is interpreted. */
export function LinkifiedText({ text }: LinkifiedTextProps) {
  return (
    <>
      {linkify(text).map((segment, index) =>
        segment.kind === 'mention' ? (
          <MentionLink key={index} href={segment.href} text={segment.text} />
        ) : segment.kind === 'link' ? (
          <a key={index} href={segment.href} rel="nofollow ugc noopener" target="_blank">
            {segment.text}
          </a>
        ) : (
          <Fragment key={index}>{segment.text}</Fragment>
        ),
      )}
    </>
  );
}
