import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LessThan, type Repository } from 'typeorm';
import { MailDeliveryRecordEntity } from './mail-delivery-record.entity.js';

/**
 * Which jobs' mails the SMTP server has accepted. Checked before a send and written right after
 * it, so a job retried after its mail went out (a lost acknowledgement, a worker stopped between
 * the send and the job's completion) does not send a second copy.
 */
@Injectable()
export class MailDeliveries {
  constructor(
    @InjectRepository(MailDeliveryRecordEntity)
    private readonly records: Repository<MailDeliveryRecordEntity>,
  ) {}

  async wasSent(jobId: string): Promise<boolean> {
    return this.records.exists({ where: { jobId } });
  }

  async recordSent(jobId: string, sentAt: Date): Promise<void> {
    await this.records.createQueryBuilder().insert().values({ jobId, sentAt }).orIgnore().execute();
  }

  /** Forgets deliveries from before `cutoff`, whose jobs can no longer be retried. */
  async prune(cutoff: Date): Promise<number> {
    const result = await this.records.delete({ sentAt: LessThan(cutoff) });
    return result.affected ?? 0;
  }
}
