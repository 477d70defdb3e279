import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  createForumTestContext,
  createTestApp,
  type ForumTestContext,
  gql,
  newPerson,
  query,
  signIn,
  signedIn,
  startTestMailbox,
  type MailCatcher,
  type TestApp,
  type TestSession,
} from '@forum/api/testing';
import { Role } from '@forum/shared/domain';
import { IdentityModule } from '../identity.module.js';

const setRole =
  'mutation S($input: SetUserRoleInput!) { setUserRole(input: $input) { id role isStaff staffTitle } }';
const profileOf = (id: string) =>
  `{ user(id: "${id}") { displayName role isStaff staffTitle email organisation { name plan } } }`;

describe('people and organisations, as admins and moderators manage them', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let mailbox: MailCatcher;
  let admin: TestSession;

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    api = await createTestApp([IdentityModule], { SMTP_URL: mailbox.smtpUrl });
    forum = createForumTestContext(api);
    admin = await signedIn(api, { role: Role.Admin });
  });

  afterAll(async () => {
    await api?.close();
    await mailbox?.stop();
  });

  it('makes a customer an expert with a public title, and back', async () => {
    const person = await newPerson(api, { displayName: 'Mara Klein' });
    const promoted = await gql(api, {
      query: setRole,
      variables: { input: { userId: person.id, role: 'EXPERT' } },
      as: admin,
    });
    expect(promoted.data).toMatchObject({ setUserRole: { role: 'EXPERT', isStaff: true } });
    const profiled = await gql(api, {
      query:
        'mutation P($input: SetExpertProfileInput!) { setExpertProfile(input: $input) { staffTitle } }',
      variables: {
        input: {
          userId: person.id,
          title: ' Support Engineer, Billing ',
        },
      },
      as: admin,
    });
    expect(profiled.data).toEqual({
      setExpertProfile: {
        staffTitle: 'Support Engineer, Billing',
      },
    });
    const demoted = await gql(api, {
      query: setRole,
      variables: { input: { userId: person.id, role: 'MEMBER' } },
      as: admin,
    });
    expect(demoted.data).toMatchObject({
      setUserRole: { role: 'MEMBER', isStaff: false, staffTitle: null },
    });
  });

  it('refuses a staff title for a customer and keeps the last admin an admin', async () => {
    const member = await newPerson(api);
    const title = await gql(api, {
      query:
        'mutation P($input: SetExpertProfileInput!) { setExpertProfile(input: $input) { id } }',
      variables: { input: { userId: member.id, title: 'Fake Staff' } },
      as: admin,
    });
    expect(title.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'NOT_STAFF',
    });
    expect(
      (
        await query<{ expert_title: null }>(
          api,
          'SELECT expert_title FROM user_account WHERE id = $1',
          [member.id],
        )
      )[0]?.expert_title,
    ).toBeNull();

    const admins = await query<{ id: string }>(
      api,
      "SELECT id FROM user_account WHERE role = 'admin'",
    );
    for (const { id } of admins.filter(({ id }) => id !== admin.person.id)) {
      await gql(api, {
        query: setRole,
        variables: { input: { userId: id, role: 'MEMBER' } },
        as: admin,
      });
    }
    const selfDemotion = await gql(api, {
      query: setRole,
      variables: { input: { userId: admin.person.id, role: 'MEMBER' } },
      as: admin,
    });
    expect(selfDemotion.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'LAST_ADMIN',
    });
    expect(
      (
        await query<{ role: string }>(api, 'SELECT role FROM user_account WHERE id = $1', [
          admin.person.id,
        ])
      )[0]?.role,
    ).toBe('admin');
  });

  it('creates organisations with unique names and puts customers in them', async () => {
    const create =
      'mutation C($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id name plan annualRevenue } }';
    const created = await gql<{ createOrganisation: { id: string } }>(api, {
      query: create,
      variables: {
        input: { name: 'Alpenblick Hotels AG', plan: 'ENTERPRISE', annualRevenue: 48_000_000 },
      },
      as: admin,
    });
    expect(created.data?.createOrganisation).toMatchObject({
      name: 'Alpenblick Hotels AG',
      plan: 'ENTERPRISE',
      annualRevenue: 48_000_000,
    });
    const duplicate = await gql(api, {
      query: create,
      variables: { input: { name: 'Alpenblick Hotels AG', plan: 'FREE' } },
      as: admin,
    });
    expect(duplicate.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ORGANISATION_NAME_TAKEN',
    });
    expect(
      (await query(api, "SELECT 1 FROM organisation WHERE name = 'Alpenblick Hotels AG'")).length,
    ).toBe(1);

    const customer = await newPerson(api);
    const organisationId = created.data!.createOrganisation.id;
    await gql(api, {
      query: 'mutation S($input: SetOrganisationInput!) { setOrganisation(input: $input) { id } }',
      variables: { input: { userId: customer.id, organisationId } },
      as: admin,
    });
    const seenByAdmin = await gql<{ user: { organisation: unknown } }>(api, {
      query: profileOf(customer.id),
      as: admin,
    });
    expect(seenByAdmin.data?.user.organisation).toEqual({
      name: 'Alpenblick Hotels AG',
      plan: 'ENTERPRISE',
    });
  });

  it('shows private fields only to the person and to the staff who need them', async () => {
    const organisation = await forum.newOrganisation({
      plan: 'pro',
      name: 'Seeblick Software GmbH',
    });
    const person = await newPerson(api, {
      organisationId: organisation,
      email: 'private@example.com',
    });
    const stranger = await signedIn(api);
    const expert = await signedIn(api, { role: Role.Expert });
    const self = await signIn(api, person);

    const asStranger = await gql<{ user: Record<string, unknown> }>(api, {
      query: profileOf(person.id),
      as: stranger,
    });
    expect(asStranger.data?.user).toMatchObject({ email: null, organisation: null });
    const asAnonymous = await gql<{ user: Record<string, unknown> }>(api, {
      query: profileOf(person.id),
    });
    expect(asAnonymous.data?.user).toMatchObject({ email: null, organisation: null });
    const asExpert = await gql<{ user: Record<string, unknown> }>(api, {
      query: profileOf(person.id),
      as: expert,
    });
    expect(asExpert.data?.user).toMatchObject({
      email: null,
      organisation: { name: 'Seeblick Software GmbH' },
    });
    const asSelf = await gql<{ user: Record<string, unknown> }>(api, {
      query: profileOf(person.id),
      as: self,
    });
    expect(asSelf.data?.user).toMatchObject({
      email: 'private@example.com',
      organisation: { name: 'Seeblick Software GmbH' },
    });
    const asAdmin = await gql<{ user: Record<string, unknown> }>(api, {
      query: profileOf(person.id),
      as: admin,
    });
    expect(asAdmin.data?.user).toMatchObject({ email: 'private@example.com' });

    const listAsMember = await gql(api, {
      query: '{ users(first: 5) { totalCount } }',
      as: stranger,
    });
    expect(listAsMember.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ACCESS_DENIED',
    });
  });

  it('finds people by name or e-mail, page by page', async () => {
    for (const n of [1, 2, 3])
      await newPerson(api, {
        displayName: `Quentin Page ${n}`,
        email: `quentin${n}@paging.example`,
      });
    const page =
      'query U($after: String) { users(search: "quentin", first: 2, after: $after) { totalCount edges { node { displayName } } pageInfo { hasNextPage endCursor } } }';
    const first = await gql<{
      users: {
        totalCount: number;
        edges: Array<{ node: { displayName: string } }>;
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    }>(api, { query: page, as: admin });
    expect(first.data?.users.totalCount).toBe(3);
    expect(first.data?.users.edges.map((e) => e.node.displayName)).toEqual([
      'Quentin Page 3',
      'Quentin Page 2',
    ]);
    expect(first.data?.users.pageInfo.hasNextPage).toBe(true);
    const second = await gql<{
      users: {
        edges: Array<{ node: { displayName: string } }>;
        pageInfo: { hasNextPage: boolean };
      };
    }>(api, {
      query: page,
      variables: { after: first.data?.users.pageInfo.endCursor },
      as: admin,
    });
    expect(second.data?.users.edges.map((e) => e.node.displayName)).toEqual(['Quentin Page 1']);
    expect(second.data?.users.pageInfo.hasNextPage).toBe(false);
    const broken = await gql(api, { query: page, variables: { after: 'not-a-cursor' }, as: admin });
    expect(broken.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_CURSOR',
    });
  });

  it('suspends an account: signed out, told by e-mail, sign-in refused with the reason until lifted', async () => {
    const moderator = await signedIn(api, { role: Role.Moderator });
    const person = await newPerson(api);
    const session = await signIn(api, person);
    const until = new Date(Date.now() + 7 * 86_400_000).toISOString();
    const suspended = await gql(api, {
      query:
        'mutation S($input: SuspendUserInput!) { suspendUser(input: $input) { suspendedUntil suspensionReason } }',
      variables: {
        input: { userId: person.id, reason: 'Repeated spam in the billing area.', until },
      },
      as: moderator,
    });
    expect(suspended.data).toEqual({
      suspendUser: {
        suspendedUntil: until,
        suspensionReason: 'Repeated spam in the billing area.',
      },
    });
    expect(
      (await gql<{ me: null }>(api, { query: '{ me { id } }', as: session })).data?.me,
    ).toBeNull();
    const mail = await mailbox.waitForMail((m) => m.to.includes(person.email));
    expect(mail.text).toContain('Repeated spam in the billing area.');

    const signInAttempt = await gql(api, {
      query: 'mutation S($input: SignInInput!) { signIn(input: $input) { id } }',
      variables: { input: { email: person.email, password: person.password } },
    });
    expect(signInAttempt.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ACCOUNT_SUSPENDED',
      suspendedUntil: until,
      suspensionReason: 'Repeated spam in the billing area.',
    });

    const selfSuspension = await gql(api, {
      query: 'mutation S($input: SuspendUserInput!) { suspendUser(input: $input) { id } }',
      variables: { input: { userId: moderator.person.id, reason: 'testing myself', until } },
      as: moderator,
    });
    expect(selfSuspension.errors?.[0]?.extensions).toMatchObject({ reason: 'INVALID_SUSPENSION' });

    await gql(api, {
      query: 'mutation U($input: UnsuspendUserInput!) { unsuspendUser(input: $input) { id } }',
      variables: { input: { userId: person.id } },
      as: moderator,
    });
    await signIn(api, person);
  });
});
