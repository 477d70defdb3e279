import { readFileSync } from 'node:fs';
import { Injectable } from '@nestjs/common';

/**
 * The one source of the current time for schedules, deadlines and rate windows. Tests replace it
 * (`overrideProvider(Clock)`) to move time exactly instead of waiting.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}

/** How long a read offset is trusted before the file is read again. */
const offsetCacheMs = 200;

/**
 * A clock that runs ahead of real time by the milliseconds written in a file, so browser journeys
 * can move the time of a running API and its commands together ("three days later") without
 * restarting anything. Configured by `TEST_CLOCK_OFFSET_FILE`; never set in real deployments.
 */
export class OffsetClock extends Clock {
  private offsetMs = 0;
  private readAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly file: string) {
    super();
  }

  override now(): Date {
    const real = Date.now();
    if (real - this.readAt > offsetCacheMs) {
      this.readAt = real;
      this.offsetMs = readOffset(this.file);
    }
    return new Date(real + this.offsetMs);
  }
}

function readOffset(file: string): number {
  try {
    const value = Number(readFileSync(file, 'utf8').trim());
    return Number.isFinite(value) ? value : 0;
  } catch {
    // No file yet: no offset.
    return 0;
  }
}
