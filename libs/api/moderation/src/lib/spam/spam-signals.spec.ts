import { countLinks, textHash, typingSpeed } from './spam-signals.js';

describe('spam signals', () => {
  it('counts links with a scheme and bare www addresses, not mere dots', () => {
    expect(countLinks('See https://a.example/x and http://b.example, or www.c.example.')).toBe(3);
    expect(countLinks('[docs](https://d.example/page) version 1.2.3 e.g. this')).toBe(1);
    expect(countLinks('no links here')).toBe(0);
  });

  it('hashes the same words alike whatever the case, spacing and punctuation', () => {
    expect(textHash('Buy CHEAP   watches!!')).toBe(textHash('buy cheap watches'));
    expect(textHash('buy cheap watches')).not.toBe(textHash('buy cheap clocks'));
  });

  it('measures characters per second since the previous post', () => {
    const since = new Date('2026-01-01T10:00:00Z');
    expect(typingSpeed(300, since, new Date('2026-01-01T10:00:10Z'))).toBe(30);
    expect(typingSpeed(300, since, since)).toBe(Number.POSITIVE_INFINITY);
  });
});
