import { privateDetailsLimits } from '@forum/shared/domain';
import { useFormatters } from '@forum/web/i18n';
import { TextAreaField } from '@forum/web/ui';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import { LockIcon } from './LockIcon';
import './PrivateDetails.css';

export interface PrivateDetailsFieldProps {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  /** Rows of the text area: fewer in the ask form, where it is optional. */
  rows?: number;
}

/** The text area for private details, marked with a lock: only the asker and staff read them. */
export function PrivateDetailsField({
  value,
  onChange,
  error,
  rows = 4,
}: PrivateDetailsFieldProps) {
  const { t } = useQnaTranslation();
  const format = useFormatters();
  const length = [...value].length;
  const max = privateDetailsLimits.bodyMax;
  return (
    <TextAreaField
      className="forum-private-details__field"
      label={
        <span className="forum-private-details__label">
          <LockIcon />
          {t('privateDetails.label')}
        </span>
      }
      hint={
        <span className="forum-private-details__hint">
          <span>{t('privateDetails.hint', { max: format.number(max) })}</span>
          <span className={length > max ? 'forum-editor__counter--over' : undefined}>
            {t('privateDetails.counter', {
              current: format.number(length),
              max: format.number(max),
            })}
          </span>
        </span>
      }
      name="privateDetails"
      rows={rows}
      value={value}
      error={error}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}

/** Whether the text is longer than private details may be (counted as the API counts). */
export function privateDetailsTooLong(value: string): boolean {
  return [...value.trimEnd()].length > privateDetailsLimits.bodyMax;
}
