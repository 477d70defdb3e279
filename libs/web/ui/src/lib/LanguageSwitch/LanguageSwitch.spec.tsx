import { jest } from '@jest/globals';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LanguageSwitch } from './LanguageSwitch';

const options = [
  { value: 'en', label: 'English' },
  { value: 'de', label: 'Deutsch' },
] as const;

describe('LanguageSwitch', () => {
  it('is a named group of radio buttons with the current language checked', () => {
    render(
      <LanguageSwitch label="Language" value="en" options={options} onChange={() => undefined} />,
    );

    expect(screen.getByRole('group', { name: 'Language' })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
    expect(screen.getByRole('radio', { name: 'Deutsch' })).not.toBeChecked();
  });

  it('reports the chosen language without changing by itself (controlled)', async () => {
    const onChange = jest.fn<(value: string) => void>();
    render(<LanguageSwitch label="Language" value="en" options={options} onChange={onChange} />);

    await userEvent.click(screen.getByRole('radio', { name: 'Deutsch' }));

    expect(onChange).toHaveBeenCalledWith('de');
    expect(screen.getByRole('radio', { name: 'English' })).toBeChecked();
  });

  it('can be operated with the keyboard', async () => {
    const onChange = jest.fn<(value: string) => void>();
    render(<LanguageSwitch label="Language" value="en" options={options} onChange={onChange} />);

    await userEvent.tab();
    expect(screen.getByRole('radio', { name: 'English' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');

    expect(onChange).toHaveBeenCalledWith('de');
  });

  it('marks each option with its own language for screen readers', () => {
    render(
      <LanguageSwitch label="Language" value="en" options={options} onChange={() => undefined} />,
    );

    expect(screen.getByText('Deutsch').closest('label')).toHaveAttribute('lang', 'de');
  });
});
