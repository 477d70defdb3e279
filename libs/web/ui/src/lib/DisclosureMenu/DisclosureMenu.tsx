import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import './DisclosureMenu.css';

export interface DisclosureMenuProps {
  /** The button's content, e.g. the signed-in person's name. */
  label: ReactNode;
  /** Usually a list of links and buttons; choosing one closes the menu. */
  children: ReactNode;
}

/**
 * A button that shows and hides a small panel of links (the disclosure pattern: links stay links,
 * Tab moves through them). Escape, a click elsewhere or choosing an entry closes it.
 */
export function DisclosureMenu({ label, children }: DisclosureMenuProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent | MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') {
        setOpen(false);
        button.current?.focus();
      }
    };
    document.addEventListener('mousedown', onPointerDown);
    document.addEventListener('keydown', onKeyDown);
    return () => {
      document.removeEventListener('mousedown', onPointerDown);
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [open]);

  return (
    <div
      className="forum-disclosure-menu"
      ref={root}
      onBlur={(event) => {
        // Tabbing out of the menu closes it.
        const next = event.relatedTarget;
        if (open && next && !root.current?.contains(next)) setOpen(false);
      }}
    >
      <button
        ref={button}
        type="button"
        className="forum-disclosure-menu__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        {label}
        <svg viewBox="0 0 12 12" aria-hidden="true" focusable="false">
          <path d="M2.5 4.5L6 8l3.5-3.5" />
        </svg>
      </button>
      <div
        id={panelId}
        className="forum-disclosure-menu__panel"
        hidden={!open}
        onClick={(event) => {
          if ((event.target as Element).closest('a, button')) setOpen(false);
        }}
      >
        {children}
      </div>
    </div>
  );
}
