import { ArgsType, Field, ID, InputType } from '@nestjs/graphql';
import { PageArgs } from '@forum/api/platform';
import {
  type AuditAction,
  auditActions,
  type AuditTargetType,
  AuditTargetType as AuditTargetTypes,
} from '@forum/shared/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsDate,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { AuditActionEnum, AuditTargetTypeEnum } from '../audit-entry.model.js';

@InputType({ description: 'Which audit entries to list; every part is optional and they combine.' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: 'Only what this person did.' })
  @IsOptional()
  @IsUUID()
  actorId?: string | null;

  @Field(() => [AuditActionEnum], {
    nullable: true,
    description: 'Only these kinds of action (up to 100).',
  })
  @IsOptional()
  @ArrayMaxSize(100)
  @IsIn(auditActions, { each: true })
  action?: AuditAction[] | null;

  @Field(() => AuditTargetTypeEnum, { nullable: true, description: 'Only this kind of target.' })
  @IsOptional()
  @IsIn(Object.values(AuditTargetTypes))
  targetType?: AuditTargetType | null;

  @Field(() => String, {
    nullable: true,
    description: 'Only actions on the target with this id (up to 100 characters).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  targetId?: string | null;

  @Field(() => Date, { nullable: true, description: 'Only actions at or after this instant.' })
  @IsOptional()
  @IsDate()
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only actions before this instant.' })
  @IsOptional()
  @IsDate()
  to?: Date | null;
}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => AuditLogFilter, { nullable: true, description: 'Which entries.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditLogFilter)
  filter?: AuditLogFilter | null;
}
