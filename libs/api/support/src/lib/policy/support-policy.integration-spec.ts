import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import {
  createForumTestContext,
  createTestApp,
  type ForumTestContext,
  gql,
  type TestApp,
  type TestSession,
} from '@forum/api/testing';
import { Role } from '@forum/shared/domain';
import type { DataSource } from 'typeorm';
import { SupportModule } from '../support.module.js';
import { SupportPolicies, targetMoment } from './support-policies.service.js';

const policyFields = `product { id name } isDefault timeZone workingDays dayStartMinute dayEndMinute
  holidays firstResponseTargetMinutes warnAtPercent adminEscalationPercent leadExpertId
  leadExpert { id displayName } clockStopsAt`;
const policyQuery = `query P($productId: ID!) { supportPolicy(productId: $productId) { ${policyFields} } }`;
const policiesQuery = `{ supportPolicies { product { id } isDefault } }`;
const update = `mutation U($input: UpdateSupportPolicyInput!) { updateSupportPolicy(input: $input) { ${policyFields} } }`;

describe('support policies', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let db: DataSource;
  let admin: TestSession;
  let moderator: TestSession;
  let expert: TestSession;
  let member: TestSession;
  let productManager: TestSession;
  let billing: string;

  const berlinInput = () => ({
    productId: billing,
    timeZone: 'Europe/Berlin',
    workingDays: [5, 1, 2, 3, 4],
    dayStartMinute: 480,
    dayEndMinute: 1080,
    holidays: ['2026-12-25', '2026-12-24', '2026-12-24'],
    firstResponseTargetMinutes: 480,
    warnAtPercent: 75,
    adminEscalationPercent: 150,
    leadExpertId: expert.person.id,
    clockStopsAt: 'STAFF_ANSWER',
  });

  beforeAll(async () => {
    api = await createTestApp([SupportModule]);
    forum = createForumTestContext(api);
    db = api.app.get<DataSource>(getDataSourceToken());
    [admin, moderator, expert, member, productManager] = await Promise.all([
      forum.newUser({ role: Role.Admin }),
      forum.newUser({ role: Role.Moderator }),
      forum.newUser({ role: Role.Expert }),
      forum.newUser(),
      forum.newUser({ role: Role.ProductManager }),
    ]);
    billing = await forum.newProduct({ name: 'Billing Policy' });
    await db.query('INSERT INTO expert_area (user_id, product_id) VALUES ($1, $2)', [
      expert.person.id,
      billing,
    ]);
  });

  afterAll(async () => {
    await api?.close();
  });

  it('shows the defaults to staff for a product without a policy, and refuses everyone else', async () => {
    const product = await forum.newProduct();
    const response = await gql(api, {
      query: policyQuery,
      variables: { productId: product },
      as: expert,
    });
    expect(response.data?.['supportPolicy']).toEqual({
      product: { id: product, name: expect.any(String) },
      isDefault: true,
      timeZone: 'UTC',
      workingDays: [1, 2, 3, 4, 5, 6, 7],
      dayStartMinute: 0,
      dayEndMinute: 1440,
      holidays: [],
      firstResponseTargetMinutes: 1440,
      warnAtPercent: 75,
      adminEscalationPercent: 150,
      leadExpertId: null,
      leadExpert: null,
      clockStopsAt: 'STAFF_ANSWER',
    });
    for (const as of [member, productManager, undefined]) {
      const refused = await gql(api, { query: policyQuery, variables: { productId: product }, as });
      expect(refused.errors?.[0]?.extensions?.code).toBe(as ? 'FORBIDDEN' : 'UNAUTHENTICATED');
      const list = await gql(api, { query: policiesQuery, as });
      expect(list.errors?.[0]?.extensions?.code).toBe(as ? 'FORBIDDEN' : 'UNAUTHENTICATED');
    }
    const unknown = await gql(api, {
      query: policyQuery,
      variables: { productId: '00000000-0000-4000-8000-000000000000' },
      as: moderator,
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'NOT_FOUND',
      reason: 'POLICY_PRODUCT_NOT_FOUND',
    });
  });

  it('saves a whole policy for admins, which the response clock then uses', async () => {
    const saved = await gql(api, { query: update, variables: { input: berlinInput() }, as: admin });
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.['updateSupportPolicy']).toMatchObject({
      isDefault: false,
      timeZone: 'Europe/Berlin',
      workingDays: [1, 2, 3, 4, 5],
      holidays: ['2026-12-24', '2026-12-25'],
      leadExpert: { id: expert.person.id },
      clockStopsAt: 'STAFF_ANSWER',
    });
    const changed = await gql(api, {
      query: update,
      variables: { input: { ...berlinInput(), leadExpertId: null, clockStopsAt: 'ANY_ANSWER' } },
      as: admin,
    });
    expect(changed.data?.['updateSupportPolicy']).toMatchObject({
      leadExpertId: null,
      clockStopsAt: 'ANY_ANSWER',
    });

    const policy = await api.app.get(SupportPolicies).forProduct(db.manager, billing);
    expect(policy.hours.holidays).toEqual(['2026-12-24', '2026-12-25']);
    // Wednesday 23 December 17:00 in Berlin + 8 working hours: Monday 28 December 15:00 CET.
    expect(targetMoment(policy, new Date('2026-12-23T16:00:00Z')).toISOString()).toBe(
      '2026-12-28T14:00:00.000Z',
    );

    const list = await gql<{
      supportPolicies: Array<{ product: { id: string }; isDefault: boolean }>;
    }>(api, { query: policiesQuery, as: expert });
    expect(list.data?.supportPolicies).toContainEqual({
      product: { id: billing },
      isDefault: false,
    });
  });

  it('refuses each invalid field with its own reason and keeps the saved policy', async () => {
    await gql(api, { query: update, variables: { input: berlinInput() }, as: admin });
    const before = await db.query('SELECT * FROM support_policy WHERE product_id = $1', [billing]);
    const outsider = await forum.newPerson({ role: Role.Expert });
    const customer = await forum.newPerson();
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ timeZone: 'Mars/Olympus' }, 'INVALID_TIME_ZONE'],
      [{ workingDays: [] }, 'INVALID_WORKING_DAYS'],
      [{ workingDays: [1, 1] }, 'INVALID_WORKING_DAYS'],
      [{ workingDays: [0, 1] }, 'INVALID_WORKING_DAYS'],
      [{ workingDays: [8] }, 'INVALID_WORKING_DAYS'],
      [{ dayStartMinute: 600, dayEndMinute: 600 }, 'INVALID_WORKING_HOURS'],
      [{ dayStartMinute: -1 }, 'INVALID_WORKING_HOURS'],
      [{ dayEndMinute: 1441 }, 'INVALID_WORKING_HOURS'],
      [{ holidays: ['2026-02-30'] }, 'INVALID_HOLIDAYS'],
      [{ holidays: ['24.12.2026'] }, 'INVALID_HOLIDAYS'],
      [{ firstResponseTargetMinutes: 14 }, 'INVALID_RESPONSE_TARGET'],
      [{ firstResponseTargetMinutes: 43_201 }, 'INVALID_RESPONSE_TARGET'],
      [{ warnAtPercent: 9 }, 'INVALID_WARN_PERCENT'],
      [{ warnAtPercent: 100 }, 'INVALID_WARN_PERCENT'],
      [{ adminEscalationPercent: 100 }, 'INVALID_ADMIN_PERCENT'],
      [{ adminEscalationPercent: 1001 }, 'INVALID_ADMIN_PERCENT'],
      [{ leadExpertId: outsider.id }, 'INVALID_LEAD_EXPERT'],
      [{ leadExpertId: customer.id }, 'INVALID_LEAD_EXPERT'],
      [{ leadExpertId: '00000000-0000-4000-8000-000000000000' }, 'INVALID_LEAD_EXPERT'],
      [{ productId: '00000000-0000-4000-8000-000000000000' }, 'POLICY_PRODUCT_NOT_FOUND'],
      [
        {
          holidays: Array.from(
            { length: 61 },
            (_, i) => `2027-01-${String((i % 28) + 1).padStart(2, '0')}`,
          ),
        },
        'VALIDATION_FAILED',
      ],
    ];
    for (const [change, reason] of cases) {
      const response = await gql(api, {
        query: update,
        variables: { input: { ...berlinInput(), ...change } },
        as: admin,
      });
      expect({ change, extensions: response.errors?.[0]?.extensions }).toMatchObject({
        change,
        extensions: { reason },
      });
      expect(response.errors?.[0]?.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    }
    expect(await db.query('SELECT * FROM support_policy WHERE product_id = $1', [billing])).toEqual(
      before,
    );
  });

  it('lets only admins change a policy', async () => {
    for (const as of [moderator, expert, productManager, member]) {
      const response = await gql(api, { query: update, variables: { input: berlinInput() }, as });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'ACCESS_DENIED',
      });
    }
  });
});
