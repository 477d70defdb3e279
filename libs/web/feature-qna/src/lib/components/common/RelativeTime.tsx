import { useFormatters, useLanguage } from '@forum/web/i18n';
import { relativeTime } from '../../utils/relativeTime';

export interface RelativeTimeProps {
  /** An ISO date-time from the API. */
  value: string;
  /** Wraps the relative time in a sentence, e.g. `(time) => t('asked', { time })`. */
  format?: (time: string) => string;
}

/** "3 days ago", with the exact date and time as a tooltip and for machines. */
export function RelativeTime({ value, format }: RelativeTimeProps) {
  const { language } = useLanguage();
  const formatters = useFormatters();
  const time = relativeTime(value, language);
  return (
    <time dateTime={value} title={formatters.dateTime(value)}>
      {format ? format(time) : time}
    </time>
  );
}
