import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import './Dialog.css';

export interface DialogProps {
  open: boolean;
  /** Called for Escape and the close button; the owner decides whether `open` turns false. */
  onClose: () => void;
  title: ReactNode;
  /** Accessible name of the × button, e.g. "Close". */
  closeLabel: string;
  children?: ReactNode;
  /** Buttons at the bottom, e.g. "Cancel" and the confirming action. */
  actions?: ReactNode;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/**
 * A modal dialog on the native `<dialog>` element: the rest of the page is inert while it is open,
 * focus moves into it and returns to where it was afterwards. Tab cycles inside the dialog also
 * where `showModal` is missing (older browsers, jsdom).
 */
export function Dialog({ open, ...props }: DialogProps) {
  return open ? <OpenDialog {...props} /> : null;
}

function OpenDialog({ onClose, title, closeLabel, children, actions }: Omit<DialogProps, 'open'>) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function') {
      dialog.showModal();
    } else {
      dialog.setAttribute('open', '');
    }
    const first =
      dialog.querySelector<HTMLElement>('[autofocus]') ??
      dialog.querySelector<HTMLElement>(`.forum-dialog__body :is(${FOCUSABLE})`) ??
      dialog.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    return () => {
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      opener?.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key !== 'Tab' || !ref.current) return;
    const focusable = [...ref.current.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={ref}
      className="forum-dialog"
      aria-labelledby={titleId}
      aria-modal="true"
      onKeyDown={onKeyDown}
      // Escape in browsers with a native dialog: keep it open until the owner says otherwise.
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="forum-dialog__header">
        <h2 className="forum-dialog__title" id={titleId}>
          {title}
        </h2>
        <button type="button" className="forum-dialog__close" onClick={onClose}>
          <span aria-hidden="true">×</span>
          <span className="forum-visually-hidden">{closeLabel}</span>
        </button>
      </div>
      {children ? <div className="forum-dialog__body">{children}</div> : null}
      {actions ? <div className="forum-dialog__actions">{actions}</div> : null}
    </dialog>
  );
}
