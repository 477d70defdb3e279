import { Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { JobQueue } from '@forum/api/jobs';
import {
  Clock,
  type Connection,
  decodeCursor,
  ForumException,
  toConnection,
} from '@forum/api/platform';
import { ErrorKind } from '@forum/shared/domain';
import { DataSource, In, type Repository } from 'typeorm';
import { type MailMessage, mailQueues } from '../mail-message.js';
import {
  hasOneTimeLink,
  type MailClass,
  mailClassOf,
  type MailTemplateName,
  mailTemplateNames,
} from '../templates/mail-templates.js';
import { DeadMailException, DeadMailExceptionCode } from './dead-mail.exception.js';
import { type DeadLetterState, MailDeadLetterEntity } from './mail-dead-letter.entity.js';

/** The most letters one resend takes. */
export const resendDeadMailMax = 100;

/** A job that gave up, as the worker knows it. */
export interface GivenUpJob {
  id: string;
  createdOn: Date;
  message: MailMessage;
  mailClass: MailClass;
  attempts: number;
  lastError: string;
}

/**
 * Mail that the SMTP server never accepted within the retry window. The worker records it here;
 * admins list and resend it. `count()` is the number an operator watches: it should be zero.
 */
@Injectable()
export class MailDeadLetters {
  constructor(
    @InjectRepository(MailDeadLetterEntity)
    private readonly letters: Repository<MailDeadLetterEntity>,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: JobQueue,
    private readonly clock: Clock,
  ) {}

  /** Dead letters waiting for a resend. */
  count(): Promise<number> {
    return this.letters.count({ where: { state: 'dead' } });
  }

  /** Keeps a given-up mail; recording the same job again changes nothing. */
  async record(job: GivenUpJob): Promise<void> {
    const { message } = job;
    await this.letters
      .createQueryBuilder()
      .insert()
      .values({
        jobId: job.id,
        template: message.template,
        mailClass: job.mailClass,
        recipient: message.to,
        locale: message.locale,
        data: hasOneTimeLink(message.template) ? null : message.data,
        headers: message.headers ?? null,
        attempts: job.attempts,
        lastError: job.lastError.slice(0, 1000),
        queuedAt: job.createdOn,
        lastAttemptAt: this.clock.now(),
        state: 'dead',
      })
      .orIgnore()
      .execute();
  }

  /** Letters in one state, newest first. */
  async page(
    state: DeadLetterState,
    first: number,
    after?: string | null,
  ): Promise<Connection<MailDeadLetterEntity>> {
    const afterId = after ? String(decodeCursor(after, 1)[0]) : undefined;
    if (afterId !== undefined && !/^[0-9]{1,18}$/.test(afterId)) {
      throw new ForumException(
        ErrorKind.BadUserInput,
        'INVALID_CURSOR',
        'The cursor is not valid for this list.',
      );
    }
    const query = this.letters
      .createQueryBuilder('letter')
      .where('letter.state = :state', { state })
      .orderBy('letter.id', 'DESC')
      .limit(first + 1);
    if (afterId !== undefined) {
      query.andWhere('letter.id < :afterId', { afterId });
    }
    const [rows, totalCount] = await Promise.all([
      query.getMany(),
      this.letters.count({ where: { state } }),
    ]);
    return toConnection(rows, first, totalCount, (row) => [row.id]);
  }

  /**
   * Queues the letters again, each as a new job with the retry window ahead of it, and marks
   * them resent, all in one transaction: either every letter is resent or, with a typed error
   * naming the letters in the way, none is.
   */
  async resend(ids: readonly string[]): Promise<MailDeadLetterEntity[]> {
    const wanted = [...new Set(ids)];
    return this.dataSource.transaction(async (manager) => {
      const letters = await manager.getRepository(MailDeadLetterEntity).find({
        where: { id: In(wanted) },
        order: { id: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      const found = new Set(letters.map((letter) => letter.id));
      const missing = wanted.filter((id) => !found.has(id));
      if (missing.length > 0) {
        throw new DeadMailException(
          DeadMailExceptionCode.DeadMailNotFound,
          'Some of these letters do not exist.',
          missing,
        );
      }
      const resent = letters.filter((letter) => letter.state !== 'dead');
      if (resent.length > 0) {
        throw new DeadMailException(
          DeadMailExceptionCode.DeadMailAlreadyResent,
          'Some of these letters were resent already.',
          resent.map((letter) => letter.id),
        );
      }
      const expired = letters.filter((letter) => !isResendable(letter));
      if (expired.length > 0) {
        throw new DeadMailException(
          DeadMailExceptionCode.DeadMailLinkExpired,
          'Some of these letters carried a one-time link that has expired; the person asks for a new one.',
          expired.map((letter) => letter.id),
        );
      }
      const now = this.clock.now();
      for (const letter of letters) {
        const template = letter.template as MailTemplateName;
        // The data was a queued mail's when it was kept, and its template is known (resendable).
        const message = {
          to: letter.recipient,
          locale: letter.locale,
          template,
          data: letter.data,
          ...(letter.headers ? { headers: letter.headers } : {}),
        } as unknown as MailMessage;
        const jobId = await this.queue.sendInTransaction(
          manager,
          mailQueues[mailClassOf(template)],
          message,
        );
        letter.state = 'resent';
        letter.resentAt = now;
        letter.resentJobId = jobId;
      }
      return manager.getRepository(MailDeadLetterEntity).save(letters);
    });
  }
}

/**
 * Whether an admin may resend the letter: it kept what it renders, has no one-time link, and its
 * template still exists in this version.
 */
export function isResendable(letter: Pick<MailDeadLetterEntity, 'template' | 'data'>): boolean {
  return (
    letter.data !== null &&
    !hasOneTimeLink(letter.template) &&
    mailTemplateNames.includes(letter.template as MailTemplateName)
  );
}
