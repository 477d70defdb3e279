import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import type { Job, JobQueue, WorkOptions } from '@forum/api/jobs';
import { MailConfig } from '@forum/api/platform';
import type { MailDelivery } from './mail-delivery.js';
import type { MailMessage } from './mail-message.js';
import { MailWorker } from './mail.worker.js';

type Handler = (jobs: Job<MailMessage>[]) => Promise<unknown>;

function queueDouble() {
  const workers = new Map<string, { options: WorkOptions; handler: Handler }>();
  const queue = {
    ensureQueue: jest.fn<JobQueue['ensureQueue']>().mockResolvedValue(undefined),
    work: jest.fn(async (name: string, options: WorkOptions, handler: Handler) => {
      workers.set(name, { options, handler });
      return name;
    }),
  } as Partial<JobQueue> as JobQueue;
  return { queue, workers };
}

const job = (id: string, to: string): Job<MailMessage> =>
  ({
    id,
    name: 'mail.send',
    retryCount: 0,
    data: {
      to,
      locale: 'en',
      template: 'reset-password',
      data: { displayName: 'Anna', link: 'https://community.example.com/reset-password?token=t' },
    },
  }) as Job<MailMessage>;

describe('MailWorker', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('works each class on its own queue, a batch the size of the SMTP pool at a time', async () => {
    const { queue, workers } = queueDouble();
    const config = new MailConfig(undefined, 'community@example.com', 'https://x.example', 3, 50);
    await new MailWorker(queue, {} as MailDelivery, config).onApplicationBootstrap();

    expect([...workers.keys()]).toEqual(['mail.send', 'mail.bulk']);
    expect(workers.get('mail.send')?.options).toMatchObject({ batchSize: 3, perJobResults: true });
    expect(workers.get('mail.bulk')?.options).toMatchObject({
      batchSize: 3,
      perJobResults: true,
      burstWhenBatchFull: true,
    });
  });

  it('sends a batch at once and settles each mail on its own, so only the failed one is retried', async () => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const { queue, workers } = queueDouble();
    const sent: string[] = [];
    let inFlight = 0;
    let mostInFlight = 0;
    const deliver = jest.fn(async (jobId: string, message: MailMessage, mailClass: string) => {
      inFlight++;
      mostInFlight = Math.max(mostInFlight, inFlight);
      await new Promise((resolve) => setImmediate(resolve));
      inFlight--;
      if (message.to === 'down@example.com') throw new Error('550 mailbox unavailable');
      sent.push(`${jobId} ${mailClass}`);
    });
    const delivery = { deliver } as Partial<MailDelivery> as MailDelivery;
    const config = new MailConfig(undefined, 'community@example.com', 'https://x.example');
    await new MailWorker(queue, delivery, config).onApplicationBootstrap();

    const transactional = workers.get('mail.send')!;
    const results = await transactional.handler([
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
});
