import type { ReactNode, TextareaHTMLAttributes } from 'react';
import { FieldFrame } from './Field';

export interface TextAreaFieldProps extends Omit<
  TextareaHTMLAttributes<HTMLTextAreaElement>,
  'id'
> {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  id?: string;
}

/** A labelled multi-line input with an optional hint and error message. */
export function TextAreaField({
  label,
  hint,
  error,
  id,
  className,
  ...textarea
}: TextAreaFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} id={id} className={className}>
      {(control) => <textarea {...textarea} {...control} className="forum-field__control" />}
    </FieldFrame>
  );
}
