import { useId, type ReactNode } from 'react';
import './Field.css';

export interface FieldFrameProps {
  label: ReactNode;
  /** Help shown below the label, e.g. "At least 10 characters". */
  hint?: ReactNode;
  /** What is wrong with the value; marks the control invalid. */
  error?: ReactNode;
  /** Use a given id for the control instead of a generated one. */
  id?: string;
  className?: string;
  /** Renders the control with the ids and ARIA attributes that tie it to label, hint and error. */
  children: (control: FieldControlProps) => ReactNode;
}

export interface FieldControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
}

/**
 * Label, hint and error around any form control, wired up for screen readers: the control is
 * labelled by the label and described by the hint and the error.
 */
export function FieldFrame({ label, hint, error, id, className, children }: FieldFrameProps) {
  const generated = useId();
  const controlId = id ?? `field${generated}`;
  const hintId = `${controlId}-hint`;
  const errorId = `${controlId}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');

  return (
    <div className={['forum-field', className].filter(Boolean).join(' ')}>
      <label className="forum-field__label" htmlFor={controlId}>
        {label}
      </label>
      {hint ? (
        <div className="forum-field__hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {children({
        id: controlId,
        'aria-describedby': describedBy || undefined,
        'aria-invalid': error ? true : undefined,
      })}
      {error ? (
        <div className="forum-field__error" id={errorId}>
          {error}
        </div>
      ) : null}
    </div>
  );
}
