import { linkify } from './linkify';

describe('linkify', () => {
  it('links http and https addresses and keeps the rest as text', () => {
    expect(linkify('See https://example.com/help and http://x.example.')).toEqual([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://example.com/help', href: 'https://example.com/help' },
      { kind: 'text', text: ' and ' },
      { kind: 'link', text: 'http://x.example', href: 'http://x.example' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('leaves closing parentheses and punctuation out, unless the address opened them', () => {
    expect(linkify('(docs: https://example.com/a_(b)).')).toEqual([
      { kind: 'text', text: '(docs: ' },
      { kind: 'link', text: 'https://example.com/a_(b)', href: 'https://example.com/a_(b)' },
      { kind: 'text', text: ').' },
    ]);
  });

  it.each([
    'javascript:alert(1)',
    'www.example.com',
    'mailto:a@example.com',
    'data:text/html,<script>alert(1)</script>',
    'https://',
  ])('does not link %s', (text) => {
    expect(linkify(text)).toEqual([{ kind: 'text', text }]);
  });

  it('stops an address at quotes and angle brackets', () => {
    expect(linkify('https://example.com/"onmouseover="alert(1)')[0]).toEqual({
      kind: 'link',
      text: 'https://example.com/',
      href: 'https://example.com/',
    });
  });

  it('turns mentions into profile links, and only those that point at a profile', () => {
    const id = '0b6f3c9e-1d2a-4c5b-8e7f-9a0b1c2d3e4f';
    expect(linkify(`Ask [@Anna Schmidt](/users/${id}), see https://x.example`)).toEqual([
      { kind: 'text', text: 'Ask ' },
      { kind: 'mention', text: '@Anna Schmidt', href: `/users/${id}` },
      { kind: 'text', text: ', see ' },
      { kind: 'link', text: 'https://x.example', href: 'https://x.example' },
    ]);
    for (const text of [
      `[Anna](/users/${id})`,
      `[@Anna](/users/${id}/edit)`,
      `[@Anna](javascript:alert(1))`,
      `[@Anna](https://example.com/users/${id})`,
    ]) {
      expect(linkify(text).some((segment) => segment.kind === 'mention')).toBe(false);
    }
  });
});
