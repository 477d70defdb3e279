import { useState, type InputHTMLAttributes, type ReactNode } from 'react';
import { Button } from '../Button/Button';
import { FieldFrame } from './Field';

export interface PasswordFieldProps extends Omit<
  InputHTMLAttributes<HTMLInputElement>,
  'id' | 'type'
> {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  id?: string;
  /** Text of the toggle while the password is hidden, e.g. "Show". */
  showLabel: string;
  /** Text of the toggle while the password is visible, e.g. "Hide". */
  hideLabel: string;
}

/** A password input with a button that shows the typed text, so people can check it. */
export function PasswordField({
  label,
  hint,
  error,
  id,
  className,
  showLabel,
  hideLabel,
  ...input
}: PasswordFieldProps) {
  const [visible, setVisible] = useState(false);
  return (
    <FieldFrame label={label} hint={hint} error={error} id={id} className={className}>
      {(control) => (
        <div className="forum-field__with-action">
          <input
            {...input}
            {...control}
            type={visible ? 'text' : 'password'}
            className="forum-field__control"
            // Browsers must not offer to auto-correct or capitalise a visible password.
            autoCapitalize="none"
            autoCorrect="off"
            spellCheck={false}
          />
          <Button
            variant="secondary"
            aria-controls={control.id}
            onClick={() => setVisible((value) => !value)}
          >
            {visible ? hideLabel : showLabel}
          </Button>
        </div>
      )}
    </FieldFrame>
  );
}
