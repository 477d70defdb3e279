import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { OffsetClock } from './clock.js';

describe('OffsetClock', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'clock-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('runs with real time while the file is missing', () => {
    const clock = new OffsetClock(join(dir, 'missing'));
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1_000);
  });

  it('runs ahead by the offset in the file and follows changes to it', async () => {
    const file = join(dir, 'offset');
    const threeDays = 3 * 24 * 60 * 60 * 1000;
    await writeFile(file, String(threeDays));
    const clock = new OffsetClock(file);
    expect(clock.now().getTime() - Date.now()).toBeGreaterThan(threeDays - 1_000);

    await writeFile(file, '0');
    await sleep(250);
    expect(Math.abs(clock.now().getTime() - Date.now())).toBeLessThan(1_000);
  });
});
