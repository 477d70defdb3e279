import { useId, type ReactNode } from 'react';

export interface SettingsSectionProps {
  title: string;
  lead?: ReactNode;
  /** "danger" frames sections whose actions cannot be undone. */
  tone?: 'default' | 'danger';
  children: ReactNode;
}

export function SettingsSection({ title, lead, tone = 'default', children }: SettingsSectionProps) {
  const titleId = useId();
  return (
    <section
      className={`forum-settings__section forum-settings__section--${tone}`}
      aria-labelledby={titleId}
    >
      <h2 className="forum-settings__section-title" id={titleId}>
        {title}
      </h2>
      {lead ? <p className="forum-settings__lead">{lead}</p> : null}
      <div className="forum-settings__content">{children}</div>
    </section>
  );
}
