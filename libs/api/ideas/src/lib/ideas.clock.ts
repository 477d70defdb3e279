import { Injectable } from '@nestjs/common';

/** The time votes are cast and insights are read at; tests replace `now` to build a history. */
@Injectable()
export class IdeasClock {
  now(): Date {
    return new Date();
  }

  /** Today as a UTC calendar day, `YYYY-MM-DD`: the unit of the vote buckets. */
  today(): string {
    return utcDay(this.now());
  }
}

export function utcDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}
