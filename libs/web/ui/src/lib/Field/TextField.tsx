import type { InputHTMLAttributes, ReactNode } from 'react';
import { FieldFrame } from './Field';

export interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  id?: string;
}

/** A labelled single-line input with an optional hint and error message. */
export function TextField({ label, hint, error, id, className, ...input }: TextFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} id={id} className={className}>
      {(control) => <input type="text" {...input} {...control} className="forum-field__control" />}
    </FieldFrame>
  );
}
