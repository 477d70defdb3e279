import { isLanguage, useLanguage, useTranslation, type Language } from '@forum/web/i18n';
import { Select } from '@forum/web/ui';

export interface LanguageSelectProps {
  value: Language;
  onChange: (language: Language) => void;
  error?: string;
}

/** The languages the forum ships, each named in itself ("Deutsch"). */
export function LanguageSelect({ value, onChange, error }: LanguageSelectProps) {
  const { t } = useTranslation(['account', 'common']);
  const { languages } = useLanguage();
  return (
    <Select
      label={t('fields.language')}
      hint={t('fields.languageHint')}
      error={error}
      name="language"
      value={value}
      options={languages.map((language) => ({
        value: language,
        label: t(`common:language.${language}`),
      }))}
      onChange={(event) => {
        if (isLanguage(event.target.value)) onChange(event.target.value);
      }}
    />
  );
}
