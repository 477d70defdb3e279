import { Alert } from '@forum/web/ui';
import type { ReactNode } from 'react';
import { useErrorText } from '../hooks/useErrorText';
import type { ForumError } from '../utils/forumError';

export interface ErrorAlertProps {
  error: ForumError | undefined;
  /** A heading above the message, e.g. "Single sign-on did not work". */
  title?: ReactNode;
}

/** A failure in the reader's language, with the details the API sent along. */
export function ErrorAlert({ error, title }: ErrorAlertProps) {
  const errorText = useErrorText();
  if (!error) return null;
  const lines = errorText(error);
  const [heading, body] = title ? [title, lines] : [lines[0], lines.slice(1)];
  return (
    <Alert tone="error" title={heading}>
      {body.length > 0 ? body.map((line) => <p key={line}>{line}</p>) : null}
    </Alert>
  );
}
