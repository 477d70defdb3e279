import { markdownToPlainText, summarize } from './plainText';

describe('markdownToPlainText', () => {
  it('keeps the words and drops the markup', () => {
    expect(
      markdownToPlainText(
        [
          '# Exporting invoices',
          '',
          'Open **Billing → Invoices**, pick _Last year_ and ~~wait~~ click [Download](https://x.example "t").',
          '',
          '- one',
          '1. two',
          '> quoted',
          '',
          '```bash',
          'curl -H "Authorization: Bearer $TOKEN"',
          '```',
          '',
          '![screenshot](https://x.example/s.png) `code` <b>html</b> <!-- note -->',
          '[ref]: https://x.example',
          'snake_case_name stays, 2 * 3 * 4 too',
        ].join('\n'),
      ),
    ).toBe(
      'Exporting invoices Open Billing → Invoices, pick Last year and wait click Download. one two quoted curl -H "Authorization: Bearer $TOKEN" screenshot code html snake_case_name stays, 2 * 3 * 4 too',
    );
  });
});

describe('summarize', () => {
  it('cuts long texts at a word boundary with an ellipsis', () => {
    const text = 'word '.repeat(50).trim();
    const summary = summarize(text, 155);
    expect(summary.length).toBeLessThanOrEqual(155);
    expect(summary).toMatch(/word…$/);
    expect(summarize('Short.', 155)).toBe('Short.');
  });
});
