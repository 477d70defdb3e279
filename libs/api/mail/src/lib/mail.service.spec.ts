import { describe, expect, it, jest } from '@jest/globals';
import type { JobQueue } from '@forum/api/jobs';
import type { EntityManager } from 'typeorm';
import { MailService } from './mail.service.js';

function queueDouble() {
  const send = jest.fn<JobQueue['send']>().mockResolvedValue('job-1');
  const sendInTransaction = jest.fn<JobQueue['sendInTransaction']>().mockResolvedValue('job-2');
  // Anything else the service touched would be undefined and fail the test.
  const queue = { send, sendInTransaction } as Partial<JobQueue> as JobQueue;
  return { queue, send, sendInTransaction };
}

const message = {
  to: 'anna@example.com',
  locale: 'de',
  template: 'verify-email',
  data: { displayName: 'Anna', link: 'https://community.example.com/verify-email?token=t' },
} as const;

describe('MailService', () => {
  it('queues the message as it is on the mail queue', async () => {
    const { queue, send } = queueDouble();
    await new MailService(queue).send(message);
    expect(send).toHaveBeenCalledWith('mail.send', message);
  });

  it('queues bulk mail on a queue of its own', async () => {
    const { queue, send, sendInTransaction } = queueDouble();
    const manager = {} as EntityManager;
    const notification = {
      to: 'anna@example.com',
      locale: 'en',
      template: 'notification',
      data: {
        displayName: 'Anna',
        kind: 'idea.status_changed',
        actorName: null,
        count: 1,
        title: 'Export as CSV',
        targetTitle: null,
        detail: 'planned',
        quote: 'Next quarter.',
        link: 'https://community.example.com/ideas/1',
        unsubscribeLink: 'https://community.example.com/unsubscribe?token=t1',
        preferencesLink: 'https://community.example.com/settings/notifications',
      },
    } as const;
    await new MailService(queue).send(notification);
    await new MailService(queue).sendInTransaction(manager, notification);
    expect(send).toHaveBeenCalledWith('mail.bulk', notification);
    expect(sendInTransaction).toHaveBeenCalledWith(manager, 'mail.bulk', notification);
  });

  it('queues inside the caller’s transaction', async () => {
    const { queue, sendInTransaction } = queueDouble();
    const manager = {} as EntityManager;
    await new MailService(queue).sendInTransaction(manager, message);
    expect(sendInTransaction).toHaveBeenCalledWith(manager, 'mail.send', message);
  });

  it('fails the caller, not a background job, when the mail cannot be rendered', async () => {
    const { queue, send } = queueDouble();
    await expect(
      new MailService(queue).send({ ...message, data: { displayName: 'Anna', link: 'oops' } }),
    ).rejects.toThrow(/absolute http\(s\) URL/);
    expect(send).not.toHaveBeenCalled();
  });
});
