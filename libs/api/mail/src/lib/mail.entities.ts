import { MailDeadLetterEntity } from './dead-letters/mail-dead-letter.entity.js';
import { MailDeliveryRecordEntity } from './deliveries/mail-delivery-record.entity.js';

/** The tables of the mail platform: delivery records and dead letters. */
export const mailEntities = [MailDeliveryRecordEntity, MailDeadLetterEntity];
