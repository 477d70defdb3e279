import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DeadMailResolver } from './dead-letters/dead-mail.resolver.js';
import { MailDeadLetters } from './dead-letters/mail-dead-letters.js';
import { MailDeliveries } from './deliveries/mail-deliveries.js';
import { MailDelivery } from './mail-delivery.js';
import { mailEntities } from './mail.entities.js';
import { MailService } from './mail.service.js';
import { MailWorker } from './mail.worker.js';

/**
 * Mail for every domain, transactional and bulk, with its dead letters; needs the global
 * JobQueue, MailConfig and Clock.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature(mailEntities)],
  providers: [
    MailService,
    MailDelivery,
    MailDeliveries,
    MailDeadLetters,
    MailWorker,
    DeadMailResolver,
  ],
  exports: [MailService, MailDeadLetters],
})
export class MailModule {}
