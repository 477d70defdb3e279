import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { MailConfig } from '@forum/api/platform';
import { createTransport, type Transporter } from 'nodemailer';
import type { MailMessage } from './mail-message.js';
import { type MailClass, renderMail } from './templates/mail-templates.js';

/**
 * Renders a queued mail and hands it to the SMTP server, or to the log when there is none. Each
 * mail class has its own pool of open connections, so bulk mail filling every connection of its
 * pool never makes a reset link wait for one.
 */
@Injectable()
export class MailDelivery implements OnApplicationShutdown {
  private readonly logger = new Logger(MailDelivery.name);
  private readonly pools: Record<MailClass, Transporter> | undefined;
  private readonly messageIdDomain: string;

  constructor(private readonly config: MailConfig) {
    this.pools = config.smtpUrl
      ? {
          transactional: createPool(config, config.smtpUrl),
          bulk: createPool(config, config.smtpUrl),
        }
      : undefined;
    this.messageIdDomain = domainOf(config.from) ?? new URL(config.webOrigin).hostname;
  }

  /**
   * `jobId` gives every attempt of one job the same Message-ID, so a mail sent twice because a
   * retry followed a lost acknowledgement shows up once in most mail clients.
   */
  async deliver(jobId: string, message: MailMessage, mailClass: MailClass): Promise<void> {
    const mail = renderMail(message.template, message.locale, message.data);
    if (!this.pools) {
      // Development without SMTP_URL: the text part carries the link, so the log is the inbox.
      this.logger.log(
        { to: message.to, subject: mail.subject, text: mail.text },
        'Mail logged instead of sent because SMTP_URL is unset',
      );
      return;
    }
    await this.pools[mailClass].sendMail({
      from: this.config.from,
      to: message.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId: `<${jobId}@${this.messageIdDomain}>`,
      ...(message.headers ? { headers: safeHeaders(message.headers) } : {}),
    });
  }

  onApplicationShutdown(): void {
    // Sends still under way finish first; the workers have stopped taking jobs by now.
    if (this.pools) for (const pool of Object.values(this.pools)) pool.close();
  }
}

function createPool(config: MailConfig, url: string): Transporter {
  return createTransport({
    url,
    pool: true,
    maxConnections: config.maxConnections,
    maxMessages: config.maxMessagesPerConnection,
    // nodemailer's defaults wait up to 10 minutes on a silent server; a job expires sooner.
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  });
}

/** Refuses anything that could end a header and start another (header injection). */
function safeHeaders(headers: Record<string, string>): Record<string, string> {
  for (const [name, value] of Object.entries(headers)) {
    if (!/^[A-Za-z0-9-]{1,76}$/.test(name) || !/^[\x20-\x7e]*$/.test(value)) {
      throw new Error(`Refusing mail header "${name}": only printable ASCII on one line`);
    }
  }
  return headers;
}

function domainOf(address: string): string | undefined {
  return /@([A-Za-z0-9.-]+)>?\s*$/.exec(address)?.[1];
}
