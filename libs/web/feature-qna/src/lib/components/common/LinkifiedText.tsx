import { Fragment } from 'react';
import { linkify } from '../../utils/linkify';

export interface LinkifiedTextProps {
  text: string;
}

/** Plain text where http(s) addresses become links; nothing else is interpreted. */
export function LinkifiedText({ text }: LinkifiedTextProps) {
  return (
    <>
      {linkify(text).map((segment, index) =>
        segment.kind === 'link' ? (
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
