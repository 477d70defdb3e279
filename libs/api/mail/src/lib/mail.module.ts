import { Global, Module } from '@nestjs/common';
import { MailDelivery } from './mail-delivery.js';
import { MailService } from './mail.service.js';
import { MailWorker } from './mail.worker.js';

/** Mail for every domain, transactional and bulk; needs the global JobQueue and MailConfig. */
@Global()
@Module({ providers: [MailService, MailDelivery, MailWorker], exports: [MailService] })
export class MailModule {}
