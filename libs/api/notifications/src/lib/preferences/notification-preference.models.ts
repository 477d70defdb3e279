import { Field, InputType, ObjectType } from '@nestjs/graphql';
import { graphqlEnum } from '@forum/api/platform';
import { EmailCadence, type NotificationKind, notificationKinds } from '@forum/shared/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsString,
  ValidateNested,
} from 'class-validator';

export const EmailCadenceEnum = graphqlEnum(
  EmailCadence,
  'EmailCadence',
  'How often a kind of notification is e-mailed: at once, in the daily or weekly digest, or never.',
);

@ObjectType({ description: 'How one kind of notification reaches the signed-in person by e-mail.' })
export class NotificationPreference {
  @Field({ description: 'The notification kind, e.g. `answer.posted`.' })
  kind!: string;

  @Field(() => EmailCadenceEnum, { description: 'How often it is e-mailed.' })
  emailCadence!: EmailCadence;

  @Field({ description: 'Whether this is the default, not a choice the person made.' })
  isDefault!: boolean;
}

@InputType({ description: 'One kind and how often to e-mail it.' })
export class NotificationPreferenceInput {
  @Field(() => String, { description: 'The notification kind, e.g. `answer.posted`.' })
  @IsString()
  @IsIn(notificationKinds)
  kind!: NotificationKind;

  @Field(() => EmailCadenceEnum, { description: 'How often to e-mail it.' })
  @IsIn(Object.values(EmailCadence))
  emailCadence!: EmailCadence;
}

@InputType({ description: 'New e-mail cadences; kinds not listed keep theirs.' })
export class UpdateNotificationPreferencesInput {
  @Field(() => [NotificationPreferenceInput], {
    description: `At most one entry per kind (${notificationKinds.length} kinds).`,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(notificationKinds.length)
  @ArrayUnique((entry: NotificationPreferenceInput) => entry.kind)
  @ValidateNested({ each: true })
  @Type(() => NotificationPreferenceInput)
  preferences!: NotificationPreferenceInput[];
}
