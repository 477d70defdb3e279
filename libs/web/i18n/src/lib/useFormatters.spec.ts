import { createFormatters } from './useFormatters';

describe('createFormatters', () => {
  it('formats latencies as whole milliseconds', () => {
    expect(createFormatters('en').milliseconds(12.4)).toBe('12 ms');
    expect(createFormatters('de').milliseconds(1234.6)).toBe('1.235 ms');
  });

  it('formats durations with their two largest units', () => {
    expect(createFormatters('en').duration(3 * 86_400 + 4 * 3_600 + 5)).toMatch(/^3 days?,? 4 hr/);
    expect(createFormatters('en').duration(42)).toBe('42 sec');
    expect(createFormatters('de').duration(2 * 3_600 + 30 * 60)).toMatch(/^2 Std\.,? 30 Min\./);
  });

  it('formats today as a time and other days with their date', () => {
    const en = createFormatters('en');
    const today = new Date();
    today.setHours(14, 3, 12);
    expect(en.dateTime(today)).toMatch(/^2:03:12\sPM$/);
    expect(createFormatters('de').dateTime(today)).toBe('14:03:12');
    expect(en.dateTime('2024-03-01T09:00:00Z')).toContain('2024');
  });

  it('formats calendar dates and whole numbers', () => {
    expect(createFormatters('en').date('2026-03-05T12:00:00Z')).toBe('Mar 5, 2026');
    expect(createFormatters('de').date('2026-03-05T12:00:00Z')).toBe('05.03.2026');
    expect(createFormatters('en').number(1_234_567)).toBe('1,234,567');
    expect(createFormatters('de').number(1_234_567)).toBe('1.234.567');
  });
});
