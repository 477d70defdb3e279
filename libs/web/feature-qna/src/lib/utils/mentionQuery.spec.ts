import { mentionQueryAt } from './mentionQuery';

describe('mentionQueryAt', () => {
  const at = (text: string) => mentionQueryAt(text, text.length);

  it('finds the name typed after "@" at the start, after a space or a bracket', () => {
    expect(at('@a')).toEqual({ start: 0, prefix: 'a' });
    expect(at('Thanks @Jörg')).toEqual({ start: 7, prefix: 'Jörg' });
    expect(at('(@anna')).toEqual({ start: 1, prefix: 'anna' });
    expect(at('Hi\n@O’Brien')).toEqual({ start: 3, prefix: 'O’Brien' });
  });

  it('finds nothing for a lone "@", an e-mail address, a digit, a finished name or an existing mention', () => {
    for (const text of [
      '@',
      'anna@example',
      '@1',
      '@anna ',
      '[@Anna',
      'x'.repeat(5) + '@' + 'a'.repeat(41),
    ])
      expect(at(text)).toBeNull();
  });

  it('looks only before the caret', () => {
    expect(mentionQueryAt('@anna and more', 3)).toEqual({ start: 0, prefix: 'an' });
  });
});
