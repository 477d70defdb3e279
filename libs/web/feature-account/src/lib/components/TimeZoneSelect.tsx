import { useTranslation } from '@forum/web/i18n';
import { Select } from '@forum/web/ui';
import { useMemo } from 'react';

export interface TimeZoneSelectProps {
  value: string;
  onChange: (timeZone: string) => void;
  error?: string;
}

/** Every IANA time zone the browser knows, UTC first; the API checks the name again. */
export function timeZones(current: string): string[] {
  const known =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...new Set(['UTC', current, ...known])];
}

export function TimeZoneSelect({ value, onChange, error }: TimeZoneSelectProps) {
  const { t } = useTranslation('account');
  const options = useMemo(
    () => timeZones(value).map((zone) => ({ value: zone, label: zone.replace(/_/g, ' ') })),
    [value],
  );
  return (
    <Select
      label={t('fields.timeZone')}
      hint={t('fields.timeZoneHint')}
      error={error}
      name="timeZone"
      value={value}
      options={options}
      onChange={(event) => onChange(event.target.value)}
    />
  );
}
