import { afterEach, describe, expect, it, jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import { MailConfig } from '@forum/api/platform';
import { MailDelivery } from './mail-delivery.js';

describe('MailDelivery without SMTP_URL', () => {
  afterEach(() => {
    jest.restoreAllMocks();
  });

  it('writes the mail to the log, link included, instead of failing', async () => {
    const log = jest.spyOn(Logger.prototype, 'log').mockImplementation(() => undefined);
    const delivery = new MailDelivery(
      new MailConfig(undefined, '"Community" <community@localhost>', 'http://localhost:4200'),
    );

    await delivery.deliver(
      'job-1',
      {
        to: 'anna@example.com',
        locale: 'en',
        template: 'reset-password',
        data: { displayName: 'Anna', link: 'http://localhost:4200/reset-password?token=t' },
      },
      'transactional',
    );

    expect(log).toHaveBeenCalledTimes(1);
    expect(log).toHaveBeenCalledWith(
      {
        to: 'anna@example.com',
        subject: 'Reset your password',
        text: expect.stringContaining('http://localhost:4200/reset-password?token=t'),
      },
      expect.stringContaining('SMTP_URL is unset'),
    );
  });
});
