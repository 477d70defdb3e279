import { useId } from 'react';
import './LanguageSwitch.css';

export interface LanguageOption {
  /** A BCP 47 language code such as `en` or `de`. */
  value: string;
  /** The language's name, best written in that language ("Deutsch"). */
  label: string;
}

export interface LanguageSwitchProps {
  value: string;
  options: readonly LanguageOption[];
  onChange: (value: string) => void;
  /** Accessible name of the group, e.g. "Language". */
  label: string;
}

/**
 * A segmented control built on native radio buttons, so arrow keys, screen readers and forms
 * behave as users expect without extra ARIA.
 */
export function LanguageSwitch({ value, options, onChange, label }: LanguageSwitchProps) {
  const name = useId();
  return (
    <fieldset className="forum-language-switch">
      <legend className="forum-visually-hidden">{label}</legend>
      {options.map((option) => (
        <label
          key={option.value}
          className="forum-language-switch__option"
          lang={option.value}
          data-checked={option.value === value ? '' : undefined}
        >
          <input
            className="forum-language-switch__input"
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
