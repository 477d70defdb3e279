import type { ButtonHTMLAttributes } from 'react';
import './Button.css';

export type ButtonVariant = 'primary' | 'secondary' | 'danger' | 'quiet';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: ButtonVariant;
  /** Work is under way: the button is disabled and says so to assistive technology. */
  busy?: boolean;
}

/** The class names of a button, for links that should look like one (e.g. single sign-on). */
export function buttonClassName(variant: ButtonVariant = 'primary', className?: string): string {
  return ['forum-button', `forum-button--${variant}`, className].filter(Boolean).join(' ');
}

/** A button; `type="button"` unless told otherwise, so it never submits a form by accident. */
export function Button({
  variant = 'primary',
  busy = false,
  type = 'button',
  disabled,
  className,
  ...rest
}: ButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      className={buttonClassName(variant, className)}
      disabled={disabled || busy}
      aria-busy={busy || undefined}
    />
  );
}
