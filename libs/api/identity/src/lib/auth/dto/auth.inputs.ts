import { Field, InputType } from '@nestjs/graphql';
import { Locale } from '@forum/shared/domain';
import { LocaleEnum } from '../../users/user.model.js';
import {
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsTimeZone,
  Length,
  MaxLength,
} from 'class-validator';

const displayName = { min: 2, max: 60 };

@InputType({ description: 'A new account.' })
export class SignUpInput {
  @Field({ description: 'E-mail address; a verification link is sent to it.' })
  @IsEmail({}, { message: 'email must be a valid e-mail address' })
  @MaxLength(254)
  email!: string;

  @Field({ description: 'Name shown next to posts (2 to 60 characters).' })
  @IsString()
  @Length(displayName.min, displayName.max)
  displayName!: string;

  @Field({ description: 'At least 10 characters and hard to guess.' })
  @IsString()
  @MaxLength(200)
  password!: string;

  @Field(() => LocaleEnum, {
    nullable: true,
    description: 'Language for the interface and e-mail; English by default.',
  })
  @IsOptional()
  @IsIn(Object.values(Locale))
  locale?: Locale;
}

@InputType({ description: 'E-mail and password.' })
export class SignInInput {
  @Field({ description: 'E-mail address of the account.' })
  @IsString()
  @MaxLength(254)
  email!: string;

  @Field({ description: 'Its password.' })
  @IsString()
  @MaxLength(200)
  password!: string;
}

@InputType({ description: 'The token from an e-mailed link.' })
export class VerifyEmailInput {
  @Field({ description: 'The `token` parameter of the link.' })
  @IsString()
  @MaxLength(100)
  token!: string;
}

@InputType({ description: 'Where to send a password reset link.' })
export class RequestPasswordResetInput {
  @Field({ description: 'E-mail address of the account.' })
  @IsString()
  @MaxLength(254)
  email!: string;
}

@InputType({ description: 'Where to send a sign-in link.' })
export class RequestSignInLinkInput {
  @Field({ description: 'E-mail address of the account.' })
  @IsString()
  @MaxLength(254)
  email!: string;
}

@InputType({ description: 'The token from an e-mailed sign-in link.' })
export class SignInWithLinkInput {
  @Field({ description: 'The `token` parameter of the sign-in link.' })
  @IsString()
  @MaxLength(100)
  token!: string;
}

@InputType({ description: 'A new password, authorised by the token from the reset e-mail.' })
export class ResetPasswordInput {
  @Field({ description: 'The `token` parameter of the reset link.' })
  @IsString()
  @MaxLength(100)
  token!: string;

  @Field({ description: 'At least 10 characters and hard to guess.' })
  @IsString()
  @MaxLength(200)
  newPassword!: string;
}

@InputType({ description: 'The current password and a new one.' })
export class ChangePasswordInput {
  @Field({ description: 'The password in use now.' })
  @IsString()
  @MaxLength(200)
  currentPassword!: string;

  @Field({ description: 'At least 10 characters and hard to guess.' })
  @IsString()
  @MaxLength(200)
  newPassword!: string;
}

@InputType({ description: 'Confirmation for deleting the signed-in account.' })
export class DeleteAccountInput {
  @Field(() => String, {
    nullable: true,
    description: 'Current password; not needed for accounts without one (single sign-on).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  password?: string | null;
}

@InputType({ description: 'Profile changes; omitted fields stay as they are.' })
export class UpdateProfileInput {
  @Field(() => String, {
    nullable: true,
    description: 'Name shown next to posts (2 to 60 characters).',
  })
  @IsOptional()
  @IsString()
  @Length(displayName.min, displayName.max)
  displayName?: string | null;

  @Field(() => LocaleEnum, {
    nullable: true,
    description: 'Language for the interface and e-mail.',
  })
  @IsOptional()
  @IsIn(Object.values(Locale))
  locale?: Locale | null;

  @Field(() => String, {
    nullable: true,
    description: 'IANA time zone, e.g. `Europe/Berlin`, for digests and dates in e-mail.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @IsTimeZone()
  timeZone?: string | null;
}
