import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import type { JobQueue, WorkOptions } from '@forum/api/jobs';
import { Clock, MailConfig } from '@forum/api/platform';
import type { GivenUpJob, MailDeadLetters } from './dead-letters/mail-dead-letters.js';
import type { MailDeliveries } from './deliveries/mail-deliveries.js';
import type { MailDelivery } from './mail-delivery.js';
import { type MailMessage, mailRetryLimit } from './mail-message.js';
import { type MailJob, MailWorker } from './mail.worker.js';

type Handler = (jobs: MailJob[]) => Promise<unknown>;

const hourMs = 3_600_000;
const queuedAt = new Date('2026-12-01T08:00:00Z');

function queueDouble() {
  const workers = new Map<string, { options: WorkOptions; handler: Handler }>();
  const queue = {
    ensureQueue: jest.fn<JobQueue['ensureQueue']>().mockResolvedValue(undefined),
    schedule: jest.fn<JobQueue['schedule']>().mockResolvedValue(undefined),
    work: jest.fn(async (name: string, options: WorkOptions, handler: Handler) => {
      workers.set(name, { options, handler });
      return name;
    }),
  } as Partial<JobQueue> as JobQueue;
  return { queue, workers };
}

class FixedClock extends Clock {
  constructor(public at: Date) {
    super();
  }
  override now(): Date {
    return this.at;
  }
}

const job = (id: string, to: string, retryCount = 0, retryLimit = 294): MailJob =>
  ({
    id,
    name: 'mail.send',
    retryCount,
    retryLimit,
    createdOn: queuedAt,
    data: {
      to,
      locale: 'en',
      template: 'password-changed',
      data: { displayName: 'Anna', resetLink: 'https://community.example.com/reset-password' },
    },
  }) as MailJob;

function worker(options: {
  deliver?: MailDelivery['deliver'];
  sentBefore?: string[];
  clock?: Clock;
  config?: MailConfig;
}) {
  const { queue, workers } = queueDouble();
  const recorded: GivenUpJob[] = [];
  const sent = new Set(options.sentBefore ?? []);
  const deliveries = {
    wasSent: async (jobId: string) => sent.has(jobId),
    recordSent: async (jobId: string) => void sent.add(jobId),
  } as Partial<MailDeliveries> as MailDeliveries;
  const deadLetters = {
    record: async (given: GivenUpJob) => void recorded.push(given),
  } as Partial<MailDeadLetters> as MailDeadLetters;
  const delivery = {
    deliver: options.deliver ?? (async () => undefined),
  } as Partial<MailDelivery> as MailDelivery;
  const config =
    options.config ?? new MailConfig(undefined, 'community@example.com', 'https://x.example');
  const mailWorker = new MailWorker(
    queue,
    delivery,
    deliveries,
    deadLetters,
    config,
    options.clock ?? new FixedClock(queuedAt),
  );
  return { mailWorker, queue, workers, recorded, sent };
}

const refused = async () => {
  throw new Error('connect ECONNREFUSED 127.0.0.1:25');
};

describe('MailWorker', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('works each class on its own queue, a batch the size of the SMTP pool at a time', async () => {
    const config = new MailConfig(undefined, 'community@example.com', 'https://x.example', 3, 50);
    const { mailWorker, queue, workers } = worker({ config });
    await mailWorker.onApplicationBootstrap();

    expect([...workers.keys()]).toEqual(['mail.send', 'mail.bulk', 'mail.prune']);
    expect(workers.get('mail.send')?.options).toMatchObject({
      batchSize: 3,
      perJobResults: true,
      includeMetadata: true,
    });
    expect(workers.get('mail.bulk')?.options).toMatchObject({
      batchSize: 3,
      perJobResults: true,
      burstWhenBatchFull: true,
    });
    // Queues created by an older version get the retry window too.
    expect(queue.ensureQueue).toHaveBeenCalledWith(
      'mail.send',
      expect.objectContaining({
        retryLimit: mailRetryLimit(72),
        retryDelay: 10,
        retryBackoff: true,
        retryDelayMax: 900,
        retentionSeconds: 96 * 3600,
        heartbeatSeconds: 30,
      }),
    );
  });

  it('sends a batch at once and settles each mail on its own, so only the failed one is retried', async () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const sent: string[] = [];
    let inFlight = 0;
    let mostInFlight = 0;
    const deliver = async (jobId: string, message: MailMessage, mailClass: string) => {
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight--;
      if (message.to === 'down@example.com') throw new Error('550 mailbox unavailable');
      sent.push(`${jobId} ${mailClass}`);
    };
    const { mailWorker, workers } = worker({ deliver });
    await mailWorker.onApplicationBootstrap();

    const results = await workers
      .get('mail.send')!
      .handler([
        job('1', 'anna@example.com'),
        job('2', 'down@example.com'),
        job('3', 'ben@example.com'),
      ]);

    expect(results).toEqual([
      { id: '1', status: 'completed' },
      { id: '2', status: 'failed', output: { message: '550 mailbox unavailable' } },
      { id: '3', status: 'completed' },
    ]);
    expect(sent).toEqual(['1 transactional', '3 transactional']);
    expect(mostInFlight).toBe(3);
  });

  it('retries with a warning inside the window and gives up with an error once it has passed', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const error = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const clock = new FixedClock(new Date(queuedAt.getTime() + 71.9 * hourMs));
    const { mailWorker, workers, recorded } = worker({ deliver: refused, clock });
    await mailWorker.onApplicationBootstrap();
    const handler = workers.get('mail.send')!.handler;

    await expect(handler([job('j1', 'anna@example.com', 290)])).resolves.toEqual([
      { id: 'j1', status: 'failed', output: { message: 'connect ECONNREFUSED 127.0.0.1:25' } },
    ]);
    expect(warn.mock.calls.at(-1)?.[1]).toBe('Mail delivery failed; will retry with back-off');
    expect(recorded).toEqual([]);

    clock.at = new Date(queuedAt.getTime() + 72 * hourMs);
    await expect(handler([job('j1', 'anna@example.com', 291)])).resolves.toEqual([
      { id: 'j1', status: 'deadletter', output: { message: 'connect ECONNREFUSED 127.0.0.1:25' } },
    ]);
    expect(error.mock.calls.at(-1)?.[1]).toBe(
      'Mail given up after 292 attempts over 72.0 hours; kept as a dead letter for an admin to resend',
    );
    expect(recorded).toEqual([
      {
        id: 'j1',
        createdOn: queuedAt,
        message: job('j1', 'anna@example.com').data,
        mailClass: 'transactional',
        attempts: 292,
        lastError: 'connect ECONNREFUSED 127.0.0.1:25',
      },
    ]);
  });

  it("gives up on the queue's last retry even when the clock says the window lasts", async () => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const { mailWorker, workers, recorded } = worker({ deliver: refused });
    await mailWorker.onApplicationBootstrap();

    const results = await workers.get('mail.bulk')!.handler([job('j2', 'ben@example.com', 5, 5)]);

    expect(results).toEqual([
      { id: 'j2', status: 'deadletter', output: { message: 'connect ECONNREFUSED 127.0.0.1:25' } },
    ]);
    expect(recorded.map((given) => [given.id, given.mailClass, given.attempts])).toEqual([
      ['j2', 'bulk', 6],
    ]);
  });

  it('does not send again a mail an earlier attempt of its job handed over', async () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const deliver = jest.fn<MailDelivery['deliver']>().mockResolvedValue(undefined);
    const { mailWorker, workers, sent } = worker({ deliver, sentBefore: ['j3'] });
    await mailWorker.onApplicationBootstrap();

    const results = await workers
      .get('mail.send')!
      .handler([job('j3', 'anna@example.com', 1), job('j4', 'ben@example.com')]);

    expect(results).toEqual([
      { id: 'j3', status: 'completed' },
      { id: 'j4', status: 'completed' },
    ]);
    expect(deliver.mock.calls.map(([jobId]) => jobId)).toEqual(['j4']);
    expect([...sent]).toEqual(['j3', 'j4']);
  });
});

describe('mailRetryLimit', () => {
  it('allows enough retries for the window at the shortest waits pg-boss may choose', () => {
    // 10 + 20 + … + 640 s ramp up (1,270 s in 7 retries), then one every 900 s.
    expect(mailRetryLimit(72)).toBe(7 + Math.ceil((72 * 3600 - 1270) / 900));
    expect(mailRetryLimit(1)).toBe(7 + Math.ceil((3600 - 1270) / 900));
  });
});
