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
