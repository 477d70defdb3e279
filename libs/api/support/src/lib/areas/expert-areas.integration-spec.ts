import { afterAll, afterEach, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Clock } from '@forum/api/platform';
import {
  createForumTestContext,
  createTestApp,
  type ForumTestContext,
  gql,
  gqlData,
  type TestApp,
  type TestSession,
} from '@forum/api/testing';
import { Role } from '@forum/shared/domain';
import type { DataSource } from 'typeorm';
import { SupportModule } from '../support.module.js';
import { ExpertAreas } from './expert-areas.service.js';

const setAreas = `mutation S($input: SetExpertAreasInput!) {
  setExpertAreas(input: $input) { id expertAreas { products { id name } tags { id slug } } } }`;
const updateMine = `mutation M($input: MyExpertAreasInput!) {
  updateMyExpertAreas(input: $input) { id expertAreas { products { id } tags { id } } } }`;
const setAway = `mutation A($input: SetAwayInput!) { setAway(input: $input) { id isAway awayUntil } }`;
const clearAway = `mutation C($input: ClearAwayInput) { clearAway(input: $input) { id isAway awayUntil } }`;
const userQuery = `query U($id: ID!) { user(id: $id) { id isAway awayUntil
  expertAreas { products { name } tags { slug } } } }`;

interface UserData {
  id: string;
  isAway: boolean | null;
  awayUntil: string | null;
  expertAreas: { products: Array<{ name: string }>; tags: Array<{ slug: string }> };
}

describe('expert areas and time away', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let db: DataSource;
  let clock: Clock;
  let admin: TestSession;
  let moderator: TestSession;
  let expert: TestSession;
  let member: TestSession;
  let billing: string;
  let reporting: string;
  let invoiceTag: string;
  let exportTag: string;
  const now = new Date('2026-12-07T10:00:00Z');

  beforeAll(async () => {
    api = await createTestApp([SupportModule]);
    forum = createForumTestContext(api);
    db = api.app.get<DataSource>(getDataSourceToken());
    clock = api.app.get(Clock);
    [admin, moderator, expert, member] = await Promise.all([
      forum.newUser({ role: Role.Admin }),
      forum.newUser({ role: Role.Moderator }),
      forum.newUser({ role: Role.Expert }),
      forum.newUser(),
    ]);
    billing = await forum.newProduct({ name: 'Billing Desk' });
    reporting = await forum.newProduct({ name: 'Reporting Desk' });
    invoiceTag = await newTag('areas-invoices');
    exportTag = await newTag('areas-export');
  });

  afterEach(() => {
    jest.restoreAllMocks();
  });

  afterAll(async () => {
    await api?.close();
  });

  const newTag = async (slug: string): Promise<string> => {
    const [row] = (await db.query('INSERT INTO tag (slug) VALUES ($1) RETURNING id', [slug])) as [
      { id: string },
    ];
    return row.id;
  };
  const userAs = async (id: string, as?: TestSession) =>
    (await gqlData<{ user: UserData }>(api, { query: userQuery, variables: { id }, as })).user;
  const areaRows = (userId: string) =>
    db.query('SELECT product_id, tag_id FROM expert_area WHERE user_id = $1 ORDER BY id', [userId]);

  it('lets admins replace a staff member’s products and tags, shown publicly on the profile', async () => {
    const person = await forum.newPerson({ role: Role.Expert });
    const first = await gql(api, {
      query: setAreas,
      variables: {
        input: { userId: person.id, productIds: [billing, billing], tagIds: [invoiceTag] },
      },
      as: admin,
    });
    expect(first.errors).toBeUndefined();
    const replaced = await gql<{ setExpertAreas: { expertAreas: UserData['expertAreas'] } }>(api, {
      query: setAreas,
      variables: {
        input: { userId: person.id, productIds: [reporting, billing], tagIds: [exportTag] },
      },
      as: admin,
    });
    expect(replaced.data?.setExpertAreas.expertAreas).toEqual({
      products: [
        { id: billing, name: 'Billing Desk' },
        { id: reporting, name: 'Reporting Desk' },
      ],
      tags: [{ id: exportTag, slug: 'areas-export' }],
    });
    // Visitors see the areas of staff, like the staff title.
    expect((await userAs(person.id)).expertAreas).toEqual({
      products: [{ name: 'Billing Desk' }, { name: 'Reporting Desk' }],
      tags: [{ slug: 'areas-export' }],
    });
    const [audit] = await db.query(
      `SELECT action FROM audit_entry WHERE target_id = $1 ORDER BY created_at DESC LIMIT 1`,
      [person.id],
    );
    expect(audit).toEqual({ action: 'user.expert_profile_changed' });
  });

  it('refuses members as targets, unknown products and tags, and too many ids, changing nothing', async () => {
    const person = await forum.newPerson({ role: Role.Expert });
    await gql(api, {
      query: setAreas,
      variables: { input: { userId: person.id, productIds: [billing], tagIds: [] } },
      as: admin,
    });
    const before = await areaRows(person.id);
    const customer = await forum.newPerson();
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [
        { userId: customer.id, productIds: [billing], tagIds: [] },
        'BAD_USER_INPUT',
        'NOT_SUPPORT_STAFF',
      ],
      [
        {
          userId: person.id,
          productIds: [reporting, '00000000-0000-4000-8000-000000000000'],
          tagIds: [],
        },
        'BAD_USER_INPUT',
        'UNKNOWN_PRODUCTS',
      ],
      [
        {
          userId: person.id,
          productIds: [reporting],
          tagIds: ['00000000-0000-4000-8000-000000000000'],
        },
        'BAD_USER_INPUT',
        'UNKNOWN_TAGS',
      ],
      [
        { userId: '00000000-0000-4000-8000-000000000000', productIds: [], tagIds: [] },
        'NOT_FOUND',
        'EXPERT_NOT_FOUND',
      ],
      [
        { userId: person.id, productIds: Array.from({ length: 51 }, () => billing), tagIds: [] },
        'BAD_USER_INPUT',
        'VALIDATION_FAILED',
      ],
    ];
    for (const [input, code, reason] of cases) {
      const response = await gql(api, { query: setAreas, variables: { input }, as: admin });
      expect(response.errors?.[0]?.extensions).toMatchObject({ code, reason });
    }
    expect(await areaRows(person.id)).toEqual(before);
    expect(await areaRows(customer.id)).toEqual([]);
  });

  it('replaces areas as a whole when two changes race, never mixing them', async () => {
    const person = await forum.newPerson({ role: Role.Expert });
    const choices = [
      { productIds: [billing], tagIds: [invoiceTag] },
      { productIds: [reporting], tagIds: [exportTag] },
    ];
    const responses = await Promise.all(
      [...choices, ...choices].map((choice) =>
        gql(api, {
          query: setAreas,
          variables: { input: { userId: person.id, ...choice } },
          as: admin,
        }),
      ),
    );
    expect(responses.map((response) => response.errors)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    const rows: Array<{ product_id: string | null; tag_id: string | null }> = await areaRows(
      person.id,
    );
    const stored = {
      productIds: rows.flatMap((row) => row.product_id ?? []),
      tagIds: rows.flatMap((row) => row.tag_id ?? []),
    };
    expect(choices).toContainEqual(stored);
  });

  it('lets staff set their own areas, and not members', async () => {
    const mine = await gql<{ updateMyExpertAreas: { expertAreas: unknown } }>(api, {
      query: updateMine,
      variables: { input: { productIds: [reporting], tagIds: [invoiceTag] } },
      as: expert,
    });
    expect(mine.data?.updateMyExpertAreas.expertAreas).toEqual({
      products: [{ id: reporting }],
      tags: [{ id: invoiceTag }],
    });
    const refused = await gql(api, {
      query: updateMine,
      variables: { input: { productIds: [reporting], tagIds: [] } },
      as: member,
    });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ACCESS_DENIED',
    });
    expect(await areaRows(member.person.id)).toEqual([]);
  });

  it('sets time away until a moment or open-ended, shown to the person and staff only', async () => {
    jest.spyOn(clock, 'now').mockReturnValue(now);
    const until = '2026-12-20T08:00:00.000Z';
    const away = await gql<{ setAway: UserData }>(api, {
      query: setAway,
      variables: { input: { until } },
      as: expert,
    });
    expect(away.data?.setAway).toMatchObject({ isAway: true, awayUntil: until });
    expect(await userAs(expert.person.id, moderator)).toMatchObject({
      isAway: true,
      awayUntil: until,
    });
    expect(await userAs(expert.person.id, member)).toMatchObject({ isAway: null, awayUntil: null });
    expect(await userAs(expert.person.id)).toMatchObject({ isAway: null, awayUntil: null });

    // Past the end they are back without doing anything.
    jest.spyOn(clock, 'now').mockReturnValue(new Date('2026-12-20T08:00:01Z'));
    expect(await userAs(expert.person.id, expert)).toMatchObject({
      isAway: false,
      awayUntil: null,
    });

    jest.spyOn(clock, 'now').mockReturnValue(now);
    const open = await gql<{ setAway: UserData }>(api, {
      query: setAway,
      variables: { input: { until: null } },
      as: expert,
    });
    expect(open.data?.setAway).toMatchObject({ isAway: true, awayUntil: null });
    const back = await gql<{ clearAway: UserData }>(api, { query: clearAway, as: expert });
    expect(back.data?.clearAway).toMatchObject({ isAway: false, awayUntil: null });
  });

  it('refuses away times in the past or more than a year ahead, and away for members', async () => {
    jest.spyOn(clock, 'now').mockReturnValue(now);
    for (const until of ['2026-12-07T09:59:00Z', '2026-12-07T10:00:00Z', '2027-12-09T10:00:00Z']) {
      const response = await gql(api, {
        query: setAway,
        variables: { input: { until } },
        as: moderator,
      });
      expect(response.errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_AWAY_UNTIL',
      });
    }
    expect(
      await db.query('SELECT 1 FROM expert_availability WHERE user_id = $1', [moderator.person.id]),
    ).toEqual([]);
    const byMember = await gql(api, { query: setAway, variables: { input: {} }, as: member });
    expect(byMember.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets admins set and end the time away of others, and nobody else', async () => {
    jest.spyOn(clock, 'now').mockReturnValue(now);
    const colleague = await forum.newPerson({ role: Role.Expert });
    const byModerator = await gql(api, {
      query: setAway,
      variables: { input: { userId: colleague.id } },
      as: moderator,
    });
    expect(byModerator.errors?.[0]?.extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ACCESS_DENIED',
    });
    const byAdmin = await gql<{ setAway: UserData }>(api, {
      query: setAway,
      variables: { input: { userId: colleague.id, until: '2026-12-10T00:00:00Z' } },
      as: admin,
    });
    expect(byAdmin.data?.setAway).toMatchObject({ id: colleague.id, isAway: true });
    const ended = await gql<{ clearAway: UserData }>(api, {
      query: clearAway,
      variables: { input: { userId: colleague.id } },
      as: admin,
    });
    expect(ended.data?.clearAway).toMatchObject({ id: colleague.id, isAway: false });
  });

  it('finds the staff covering a product or tag, skipping people away, suspended, deleted or no longer staff', async () => {
    const product = await forum.newProduct();
    const tag = await newTag('areas-routing');
    const expertId = async () => (await forum.newPerson({ role: Role.Expert })).id;
    const [present, byTag, away, awayEnded, suspended, deleted, demoted] = await Promise.all(
      Array.from({ length: 7 }, expertId),
    );
    for (const id of [present, away, awayEnded, suspended, deleted, demoted]) {
      await db.query('INSERT INTO expert_area (user_id, product_id) VALUES ($1, $2)', [
        id,
        product,
      ]);
    }
    await db.query('INSERT INTO expert_area (user_id, tag_id) VALUES ($1, $2)', [byTag, tag]);
    await db.query(
      `INSERT INTO expert_availability (user_id, away_since, away_until) VALUES
         ($1, $3::timestamptz - interval '1 day', NULL),
         ($2, $3::timestamptz - interval '2 days', $3::timestamptz - interval '1 day')`,
      [away, awayEnded, now],
    );
    await db.query(
      `UPDATE user_account SET suspended_until = $2::timestamptz + interval '1 day' WHERE id = $1`,
      [suspended, now],
    );
    await db.query('UPDATE user_account SET deleted_at = $2 WHERE id = $1', [deleted, now]);
    await db.query(`UPDATE user_account SET role = 'member' WHERE id = $1`, [demoted]);

    const experts = await api.app
      .get(ExpertAreas)
      .expertsFor(db.manager, { productId: product, tagIds: [tag] }, now);
    expect(experts).toEqual([present, byTag, awayEnded].sort());
    expect(await api.app.get(ExpertAreas).isAway(db.manager, away, now)).toBe(true);
    expect(await api.app.get(ExpertAreas).isAway(db.manager, awayEnded, now)).toBe(false);
  });

  it('turns the old free-text areas into rows and drops the column (the migration)', async () => {
    const person = await forum.newPerson({ role: Role.Expert });
    const other = await forum.newPerson({ role: Role.Expert });
    const ledger = await forum.newProduct({ name: 'Ledger Sync', slug: 'ledger-sync' });
    const tag = await newTag('dunning-letters');
    const migration = db.migrations.find(
      (candidate) => candidate.name === 'MigrateExpertProductAreas1796680419477',
    );
    if (!migration) throw new Error('the migration is not registered');
    const runner = db.createQueryRunner();
    await runner.startTransaction();
    try {
      await runner.query(
        `ALTER TABLE user_account ADD expert_product_areas text array NOT NULL DEFAULT '{}'`,
      );
      await runner.query('UPDATE user_account SET expert_product_areas = $2 WHERE id = $1', [
        person.id,
        ['  billing desk ', 'LEDGER-SYNC', 'Ledger Sync', 'Dunning Letters', 'Nothing like it', ''],
      ]);
      await runner.query('UPDATE user_account SET expert_product_areas = $2 WHERE id = $1', [
        other.id,
        ['areas-export'],
      ]);
      await migration.up(runner);
      const rows = await runner.query(
        `SELECT user_id, product_id, tag_id FROM expert_area WHERE user_id = ANY($1::uuid[])
         ORDER BY user_id, product_id NULLS LAST, tag_id`,
        [[person.id, other.id]],
      );
      expect(
        rows.map((row: { user_id: string; product_id: string | null; tag_id: string | null }) => [
          row.user_id === person.id ? 'person' : 'other',
          row.product_id ?? row.tag_id,
        ]),
      ).toEqual(
        expect.arrayContaining([
          ['person', billing],
          ['person', ledger],
          ['person', tag],
          ['other', exportTag],
        ]),
      );
      expect(rows).toHaveLength(4);
      const columns = await runner.query(
        `SELECT 1 FROM information_schema.columns
         WHERE table_name = 'user_account' AND column_name = 'expert_product_areas'`,
      );
      expect(columns).toEqual([]);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
