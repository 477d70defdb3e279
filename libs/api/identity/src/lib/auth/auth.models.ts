import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType({
  description:
    'The answer to a sign-up. It reads the same whether or not the address already had an account.',
})
export class SignUpPayload {
  @Field({
    description:
      'Where the next step was sent: a verification link, or a note that the account exists.',
  })
  email!: string;
}

@ObjectType({ description: 'Single sign-on through the company identity provider.' })
export class SsoOption {
  @Field({ description: 'Label for the sign-in button, e.g. "Sign in with Acme SSO".' })
  label!: string;

  @Field({ description: 'Open this URL (a full page navigation) to start single sign-on.' })
  startUrl!: string;
}

@ObjectType({ description: 'The ways this installation lets people sign in.' })
export class SignInOptions {
  @Field({ description: 'Whether e-mail and password sign-in is available.' })
  password!: boolean;

  @Field(() => SsoOption, { nullable: true, description: 'Single sign-on, when configured.' })
  sso!: SsoOption | null;
}
