import { Injectable } from '@nestjs/common';

/**
 * The only clock the quiz engine reads: deadlines, open and close dates and review windows all follow the
 * server's time, never a device's. Tests replace it to move time.
 */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }
}
