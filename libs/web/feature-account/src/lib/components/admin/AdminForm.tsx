import { useId, type FormEvent, type ReactNode } from 'react';

export interface AdminFormProps {
  title: string;
  onSubmit?: (event: FormEvent<HTMLFormElement>) => void;
  busy?: boolean;
  children: ReactNode;
}

/** One titled change inside a person's "Manage" panel. */
export function AdminForm({ title, onSubmit, busy = false, children }: AdminFormProps) {
  const titleId = useId();
  return (
    <form
      className="forum-form forum-admin-form"
      aria-labelledby={titleId}
      aria-busy={busy}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit?.(event);
      }}
    >
      <h3 className="forum-admin-form__title" id={titleId}>
        {title}
      </h3>
      {children}
    </form>
  );
}
