import { describe, expect, it } from '@jest/globals';
import { markdownToPlainText } from './plain-text.js';

describe('markdownToPlainText', () => {
  it('keeps the words and code of a post and drops the markup', () => {
    const markdown = [
      '# Export fails',
      '',
      'Open **Settings** and click [Export](https://example.com/x).',
      '',
      '- first item',
      '- second `item`',
      '',
      '```',
      'Error: E_TIMEOUT',
      '```',
      '![diagram of the flow](https://example.com/d.png)',
    ].join('\n');
    expect(markdownToPlainText(markdown, 1000)).toBe(
      'Export fails\nOpen Settings and click Export.\nfirst item\nsecond item\nError: E_TIMEOUT\ndiagram of the flow',
    );
  });

  it('cuts long text on a word boundary', () => {
    const text = markdownToPlainText('word '.repeat(100), 52);
    expect(text.length).toBeLessThanOrEqual(52);
    expect(text.endsWith('word')).toBe(true);
  });
});
