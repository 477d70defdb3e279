import { useState } from 'react';

/**
 * The latest value that was not undefined: results keep showing while the next ones load, rather
 * than blinking away on every keystroke.
 */
export function useLatestDefined<T>(value: T | undefined): T | undefined {
  const [latest, setLatest] = useState(value);
  if (value !== undefined && value !== latest) setLatest(value);
  return value ?? latest;
}
