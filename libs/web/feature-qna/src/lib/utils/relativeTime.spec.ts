import { relativeTime } from './relativeTime';

const now = Date.parse('2026-03-10T12:00:00Z');
const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();

describe('relativeTime', () => {
  it.each([
    [20, 'now', 'jetzt'],
    [5 * 60, '5 minutes ago', 'vor 5 Minuten'],
    [3 * 3600, '3 hours ago', 'vor 3 Stunden'],
    [24 * 3600, 'yesterday', 'gestern'],
    [3 * 86_400, '3 days ago', 'vor 3 Tagen'],
    [14 * 86_400, '2 weeks ago', 'vor 2 Wochen'],
    [400 * 86_400, 'last year', 'letztes Jahr'],
  ])('says %i seconds ago in words', (seconds, en, de) => {
    expect(relativeTime(ago(seconds), 'en', now)).toBe(en);
    expect(relativeTime(ago(seconds), 'de', now)).toBe(de);
  });
});
