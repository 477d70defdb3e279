import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  createForumTestContext,
  createTestApp,
  type ForumTestContext,
  gql,
  gqlData,
  query,
  type TestApp,
  type TestSession,
} from '@forum/api/testing';
import { Role } from '@forum/shared/domain';
import { buildSchema, isEnumType, isScalarType } from 'graphql';
import { featureModules } from '@forum/api/composition';
import { schemaFile } from './schema-file.js';

const schema = buildSchema(readFileSync(schemaFile, 'utf8'));
const staffAddress = '203.0.113.9';

interface Entry {
  actor_id: string | null;
  action: string;
  target_type: string;
  target_id: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  reason: string | null;
  ip_address: string | null;
}

describe('the audit log', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let admin: TestSession;
  let moderator: TestSession;
  let expert: TestSession;
  let productManager: TestSession;

  beforeAll(async () => {
    api = await createTestApp(featureModules);
    forum = createForumTestContext(api);
    [admin, moderator, expert, productManager] = await Promise.all([
      forum.newUser({ role: Role.Admin }),
      forum.newUser({ role: Role.Moderator }),
      forum.newUser({ role: Role.Expert }),
      forum.newUser({ role: Role.ProductManager }),
    ]);
  });

  afterAll(async () => {
    await api?.close();
  });

  /** Calls a mutation by name as `as`, from the staff address; returns its result. */
  async function act<T = unknown>(
    as: TestSession,
    mutation: string,
    input: Record<string, unknown>,
  ): Promise<T> {
    const field = schema.getMutationType()!.getFields()[mutation]!;
    let type = field.type;
    while ('ofType' in type && type.ofType) type = type.ofType;
    const selection = isScalarType(type) || isEnumType(type) ? '' : '{ id }';
    const argType = String(field.args[0]!.type);
    const data = await gqlData<Record<string, T>>(api, {
      query: `mutation Act($input: ${argType}) { ${mutation}(input: $input) ${selection} }`,
      variables: { input },
      as,
      headers: { 'x-forwarded-for': staffAddress },
    });
    return data[mutation]!;
  }

  async function lastEntryId(): Promise<string> {
    const [row] = await query<{ id: string }>(
      api,
      'SELECT coalesce(max(id), 0)::text AS id FROM audit_entry',
    );
    return row!.id;
  }

  async function entriesSince(id: string, targetId: string): Promise<Entry[]> {
    return query<Entry>(
      api,
      `SELECT actor_id, action, target_type, target_id, before, after, reason, ip_address
       FROM audit_entry WHERE id > $1 AND target_id = $2 ORDER BY id`,
      [id, targetId],
    );
  }

  async function question(author?: TestSession): Promise<string> {
    return forum.newQuestion({ author });
  }

  interface Case {
    name: string;
    actor: () => TestSession;
    /** Prepares the target; returns its id and the action to record. */
    arrange: () => Promise<{ targetId?: string; run: () => Promise<string | void> }>;
    action: string;
    targetType: string;
    before: Record<string, unknown> | null;
    after: Record<string, unknown> | null | ((targetId: string) => Record<string, unknown>);
    reason?: string;
  }

  const until = new Date(Date.UTC(2099, 0, 1)).toISOString();

  const cases: Case[] = [
    {
      name: 'setUserRole',
      actor: () => admin,
      arrange: async () => {
        const person = await forum.newPerson();
        return {
          targetId: person.id,
          run: () => act(admin, 'setUserRole', { userId: person.id, role: 'EXPERT' }),
        };
      },
      action: 'user.role_changed',
      targetType: 'user',
      before: { role: 'member' },
      after: { role: 'expert' },
    },
    {
      name: 'setExpertProfile',
      actor: () => admin,
      arrange: async () => {
        const person = await forum.newPerson({ role: Role.Expert });
        return {
          targetId: person.id,
          run: () =>
            act(admin, 'setExpertProfile', {
              userId: person.id,
              title: 'Support Engineer, Billing',
            }),
        };
      },
      action: 'user.expert_profile_changed',
      targetType: 'user',
      before: { expertTitle: null },
      after: { expertTitle: 'Support Engineer, Billing' },
    },
    {
      name: 'suspendUser',
      actor: () => moderator,
      arrange: async () => {
        const person = await forum.newPerson();
        return {
          targetId: person.id,
          run: () =>
            act(moderator, 'suspendUser', { userId: person.id, reason: 'Spam links', until }),
        };
      },
      action: 'user.suspended',
      targetType: 'user',
      before: { suspendedUntil: null, suspensionReason: null },
      after: { suspendedUntil: until, suspensionReason: 'Spam links' },
      reason: 'Spam links',
    },
    {
      name: 'unsuspendUser',
      actor: () => moderator,
      arrange: async () => {
        const person = await forum.newPerson();
        await act(moderator, 'suspendUser', { userId: person.id, reason: 'Spam links', until });
        return {
          targetId: person.id,
          run: () => act(moderator, 'unsuspendUser', { userId: person.id }),
        };
      },
      action: 'user.unsuspended',
      targetType: 'user',
      before: { suspendedUntil: until, suspensionReason: 'Spam links' },
      after: { suspendedUntil: null, suspensionReason: null },
    },
    {
      name: 'setOrganisation',
      actor: () => admin,
      arrange: async () => {
        const [person, organisationId] = await Promise.all([
          forum.newPerson(),
          forum.newOrganisation(),
        ]);
        return {
          targetId: person.id,
          run: () => act(admin, 'setOrganisation', { userId: person.id, organisationId }),
        };
      },
      action: 'user.organisation_assigned',
      targetType: 'user',
      before: { organisationId: null },
      after: () => ({ organisationId: expect.any(String) }),
    },
    {
      name: 'createOrganisation',
      actor: () => admin,
      arrange: async () => ({
        run: async () =>
          (
            await act<{ id: string }>(admin, 'createOrganisation', {
              name: 'Audited Org',
              plan: 'ENTERPRISE',
            })
          ).id,
      }),
      action: 'organisation.created',
      targetType: 'organisation',
      before: null,
      after: { name: 'Audited Org', plan: 'enterprise', annualRevenue: null },
    },
    {
      name: 'updateOrganisation',
      actor: () => admin,
      arrange: async () => {
        const id = await forum.newOrganisation({ name: 'Before Org', plan: 'pro' });
        return {
          targetId: id,
          run: () => act(admin, 'updateOrganisation', { id, name: 'After Org', plan: 'PRO' }),
        };
      },
      action: 'organisation.updated',
      targetType: 'organisation',
      before: { name: 'Before Org' },
      after: { name: 'After Org' },
    },
    {
      name: 'createProduct',
      actor: () => admin,
      arrange: async () => ({
        run: async () =>
          (
            await act<{ id: string }>(admin, 'createProduct', {
              slug: 'audited-product',
              name: 'Audited',
            })
          ).id,
      }),
      action: 'product.created',
      targetType: 'product',
      before: null,
      after: { slug: 'audited-product', name: 'Audited', description: null },
    },
    {
      name: 'updateProduct',
      actor: () => admin,
      arrange: async () => {
        const id = await forum.newProduct({ name: 'Old name' });
        return {
          targetId: id,
          run: () => act(admin, 'updateProduct', { id, name: 'New name' }),
        };
      },
      action: 'product.updated',
      targetType: 'product',
      before: { name: 'Old name' },
      after: { name: 'New name' },
    },
    {
      name: 'deleteQuestion (staff, someone else’s)',
      actor: () => moderator,
      arrange: async () => {
        const id = await question();
        return { targetId: id, run: () => act(moderator, 'deleteQuestion', { id }) };
      },
      action: 'question.deleted',
      targetType: 'question',
      before: { deleted: false },
      after: { deleted: true },
    },
    {
      name: 'restoreQuestion',
      actor: () => moderator,
      arrange: async () => {
        const id = await question();
        await act(moderator, 'deleteQuestion', { id });
        return { targetId: id, run: () => act(moderator, 'restoreQuestion', { id }) };
      },
      action: 'question.restored',
      targetType: 'question',
      before: { deleted: true },
      after: { deleted: false },
    },
    {
      name: 'deleteAnswer (staff)',
      actor: () => moderator,
      arrange: async () => {
        const id = await forum.newAnswer({ questionId: await question() });
        return { targetId: id, run: () => act(moderator, 'deleteAnswer', { id }) };
      },
      action: 'answer.deleted',
      targetType: 'answer',
      before: { deleted: false },
      after: { deleted: true },
    },
    {
      name: 'restoreAnswer',
      actor: () => moderator,
      arrange: async () => {
        const id = await forum.newAnswer({ questionId: await question() });
        await act(moderator, 'deleteAnswer', { id });
        return { targetId: id, run: () => act(moderator, 'restoreAnswer', { id }) };
      },
      action: 'answer.restored',
      targetType: 'answer',
      before: { deleted: true },
      after: { deleted: false },
    },
    {
      name: 'deleteComment (staff)',
      actor: () => moderator,
      arrange: async () => {
        const author = await forum.newUser();
        const id = await forum.comment({ as: author, questionId: await question() });
        return { targetId: id, run: () => act(moderator, 'deleteComment', { id }) };
      },
      action: 'comment.deleted',
      targetType: 'comment',
      before: { deleted: false },
      after: { deleted: true },
    },
    {
      name: 'closeQuestion',
      actor: () => expert,
      arrange: async () => {
        const id = await question();
        return {
          targetId: id,
          run: () => act(expert, 'closeQuestion', { id, reason: 'OFF_TOPIC' }),
        };
      },
      action: 'question.closed',
      targetType: 'question',
      before: { state: 'open', closeReason: null, duplicateOfId: null },
      after: { state: 'closed', closeReason: 'off_topic', duplicateOfId: null },
    },
    {
      name: 'reopenQuestion',
      actor: () => expert,
      arrange: async () => {
        const id = await question();
        await act(expert, 'closeQuestion', { id, reason: 'SPAM' });
        return { targetId: id, run: () => act(expert, 'reopenQuestion', { id }) };
      },
      action: 'question.reopened',
      targetType: 'question',
      before: { state: 'closed', closeReason: 'spam', duplicateOfId: null },
      after: { state: 'open', closeReason: null, duplicateOfId: null },
    },
    {
      name: 'acceptAnswer on the asker’s behalf',
      actor: () => expert,
      arrange: async () => {
        const answerId = await forum.newAnswer({ questionId: await question() });
        return { targetId: answerId, run: () => act(expert, 'acceptAnswer', { answerId }) };
      },
      action: 'answer.accepted_on_behalf',
      targetType: 'answer',
      before: { acceptedAnswerId: null },
      after: (targetId) => ({ acceptedAnswerId: targetId }),
    },
    {
      name: 'unacceptAnswer on the asker’s behalf',
      actor: () => expert,
      arrange: async () => {
        const asker = await forum.newUser();
        const questionId = await question(asker);
        const answerId = await forum.newAnswer({ questionId });
        await forum.accept({ as: asker, answerId });
        return { targetId: answerId, run: () => act(expert, 'unacceptAnswer', { questionId }) };
      },
      action: 'answer.unaccepted_on_behalf',
      targetType: 'answer',
      before: { acceptedAnswerId: expect.any(String) },
      after: { acceptedAnswerId: null },
    },
    {
      name: 'editQuestion by staff',
      actor: () => expert,
      arrange: async () => {
        const id = await forum.newQuestion({ title: 'How do I export invoices as PDF files?' });
        return {
          targetId: id,
          run: () => act(expert, 'editQuestion', { id, title: 'How do I export invoices as PDF?' }),
        };
      },
      action: 'question.edited_by_staff',
      targetType: 'question',
      before: { title: 'How do I export invoices as PDF files?' },
      after: { title: 'How do I export invoices as PDF?' },
    },
    {
      name: 'editAnswer by staff',
      actor: () => moderator,
      arrange: async () => {
        const id = await forum.newAnswer({
          questionId: await question(),
          body: 'Use the export button.',
        });
        return {
          targetId: id,
          run: () => act(moderator, 'editAnswer', { id, body: 'Use the export button above.' }),
        };
      },
      action: 'answer.edited_by_staff',
      targetType: 'answer',
      before: { body: 'Use the export button.' },
      after: { body: 'Use the export button above.' },
    },
    {
      name: 'editIdea by staff',
      actor: () => productManager,
      arrange: async () => {
        const id = await forum.newIdea({ title: 'Dark mode for the whole dashboard' });
        return {
          targetId: id,
          run: () => act(productManager, 'editIdea', { id, title: 'Dark mode everywhere' }),
        };
      },
      action: 'idea.edited_by_staff',
      targetType: 'idea',
      before: { title: 'Dark mode for the whole dashboard' },
      after: { title: 'Dark mode everywhere' },
    },
    {
      name: 'mergeIdea',
      actor: () => productManager,
      arrange: async () => {
        const [sourceId, targetId] = await Promise.all([forum.newIdea(), forum.newIdea()]);
        return {
          targetId: sourceId,
          run: () => act(productManager, 'mergeIdea', { sourceId, targetId }),
        };
      },
      action: 'idea.merged',
      targetType: 'idea',
      before: { mergedIntoId: null },
      after: () => ({ mergedIntoId: expect.any(String) }),
    },
    {
      name: 'setIdeaStatus',
      actor: () => productManager,
      arrange: async () => {
        const ideaId = await forum.newIdea();
        return {
          targetId: ideaId,
          run: () =>
            act(productManager, 'setIdeaStatus', {
              ideaId,
              status: 'PLANNED',
              message: 'Coming next quarter.',
            }),
        };
      },
      action: 'idea.status_changed',
      targetType: 'idea',
      before: { status: 'under_review' },
      after: { status: 'planned' },
      reason: 'Coming next quarter.',
    },
    {
      name: 'recordOrganisationVote',
      actor: () => productManager,
      arrange: async () => {
        const [ideaId, organisationId] = await Promise.all([
          forum.newIdea(),
          forum.newOrganisation(),
        ]);
        return {
          targetId: ideaId,
          run: () =>
            act(productManager, 'recordOrganisationVote', {
              ideaId,
              organisationId,
              importance: 'CRITICAL',
            }),
        };
      },
      action: 'idea.organisation_vote_recorded',
      targetType: 'idea',
      before: null,
      after: () => ({ organisationId: expect.any(String), importance: 'critical', reason: null }),
    },
    {
      name: 'removeOrganisationVote',
      actor: () => productManager,
      arrange: async () => {
        const [ideaId, organisationId] = await Promise.all([
          forum.newIdea(),
          forum.newOrganisation(),
        ]);
        await act(productManager, 'recordOrganisationVote', { ideaId, organisationId });
        return {
          targetId: ideaId,
          run: () => act(productManager, 'removeOrganisationVote', { ideaId, organisationId }),
        };
      },
      action: 'idea.organisation_vote_removed',
      targetType: 'idea',
      before: { organisationId: expect.any(String), importance: null, reason: null },
      after: null,
    },
    {
      name: 'linkQuestionToIdea',
      actor: () => expert,
      arrange: async () => {
        const [ideaId, questionId] = await Promise.all([forum.newIdea(), question()]);
        return {
          targetId: ideaId,
          run: () => act(expert, 'linkQuestionToIdea', { ideaId, questionId }),
        };
      },
      action: 'idea.question_linked',
      targetType: 'idea',
      before: { questionId: null },
      after: () => ({ questionId: expect.any(String) }),
    },
    {
      name: 'unlinkQuestionFromIdea',
      actor: () => expert,
      arrange: async () => {
        const [ideaId, questionId] = await Promise.all([forum.newIdea(), question()]);
        await act(expert, 'linkQuestionToIdea', { ideaId, questionId });
        return {
          targetId: ideaId,
          run: () => act(expert, 'unlinkQuestionFromIdea', { ideaId, questionId }),
        };
      },
      action: 'idea.question_unlinked',
      targetType: 'idea',
      before: { questionId: expect.any(String) },
      after: { questionId: null },
    },
    {
      name: 'deleteIdeaComment (staff)',
      actor: () => moderator,
      arrange: async () => {
        const author = await forum.newUser();
        const ideaId = await forum.newIdea();
        const { id } = await act<{ id: string }>(author, 'addIdeaComment', {
          ideaId,
          body: 'Please add this.',
        });
        return { targetId: id, run: () => act(moderator, 'deleteIdeaComment', { id }) };
      },
      action: 'idea_comment.deleted',
      targetType: 'idea_comment',
      before: { deleted: false },
      after: { deleted: true },
    },
    {
      name: 'renameTag',
      actor: () => moderator,
      arrange: async () => {
        const slug = `rename-${randomUUID().slice(0, 8)}`;
        await forum.newQuestion({ tags: [slug] });
        const [tag] = await query<{ id: string }>(api, 'SELECT id FROM tag WHERE slug = $1', [
          slug,
        ]);
        return {
          targetId: tag!.id,
          run: () => act(moderator, 'renameTag', { slug, newName: `${slug}-new` }),
        };
      },
      action: 'tag.renamed',
      targetType: 'tag',
      before: { slug: expect.stringMatching(/^rename-/) },
      after: { slug: expect.stringMatching(/^rename-.*-new$/) },
    },
    {
      name: 'mergeTags',
      actor: () => moderator,
      arrange: async () => {
        const from = `from-${randomUUID().slice(0, 8)}`;
        const into = `into-${randomUUID().slice(0, 8)}`;
        await forum.newQuestion({ tags: [from, into] });
        const [tag] = await query<{ id: string }>(api, 'SELECT id FROM tag WHERE slug = $1', [
          from,
        ]);
        return { targetId: tag!.id, run: () => act(moderator, 'mergeTags', { from, into }) };
      },
      action: 'tag.merged',
      targetType: 'tag',
      before: { slug: expect.stringMatching(/^from-/), mergedInto: null },
      after: { slug: null, mergedInto: expect.stringMatching(/^into-/) },
    },
  ];

  it.each(cases.map((c) => [c.name, c] as const))(
    '%s writes exactly one entry: actor, target, before, after, reason, address',
    async (_name, c) => {
      const { targetId: known, run } = await c.arrange();
      const since = await lastEntryId();
      const returned = await run();
      const targetId = known ?? (returned as string);
      const entries = await entriesSince(since, targetId);
      expect(entries).toEqual([
        {
          actor_id: c.actor().person.id,
          action: c.action,
          target_type: c.targetType,
          target_id: targetId,
          before: c.before,
          after: typeof c.after === 'function' ? c.after(targetId) : c.after,
          reason: c.reason ?? null,
          ip_address: staffAddress,
        },
      ]);
    },
  );

  it('records nothing when authors act on their own posts, or the asker accepts', async () => {
    const author = await forum.newUser();
    const questionId = await forum.newQuestion({
      author,
      title: 'Why does the sync stop at night?',
    });
    const answerId = await forum.newAnswer({ questionId });
    const commentId = await forum.comment({ as: author, questionId });
    const ownAnswer = await forum.newAnswer({ questionId, author });
    const since = await lastEntryId();
    await act(author, 'editQuestion', { id: questionId, title: 'Why does the sync stop at 2 am?' });
    await act(author, 'acceptAnswer', { answerId });
    await act(author, 'unacceptAnswer', { questionId });
    await act(author, 'deleteComment', { id: commentId });
    await act(author, 'deleteAnswer', { id: ownAnswer });
    await act(author, 'deleteQuestion', { id: questionId });
    const rows = await query(
      api,
      'SELECT action FROM audit_entry WHERE id > $1 AND actor_id = $2',
      [since, author.person.id],
    );
    expect(rows).toEqual([]);
  });

  describe('private details', () => {
    it('records one entry per person and request when staff read e-mail addresses', async () => {
      const [first, second] = await Promise.all([forum.newPerson(), forum.newPerson()]);
      const since = await lastEntryId();
      await gqlData(api, {
        query: `query V($a: ID!, $b: ID!) {
          a: user(id: $a) { email emailVerified }
          again: user(id: $a) { email }
          b: user(id: $b) { email }
        }`,
        variables: { a: first.id, b: second.id },
        as: moderator,
        headers: { 'x-forwarded-for': staffAddress },
      });
      const rows = await query<Entry>(
        api,
        `SELECT actor_id, action, target_type, target_id, after, ip_address FROM audit_entry
         WHERE id > $1 AND action = 'user.private_details_viewed'`,
        [since],
      );
      // Each user(id) is its own database round trip: when `again` arrives before `a`, the
      // e-mail address is recorded with it and `emailVerified` in an entry of its own.
      expect(
        rows.every(
          (row) =>
            row.actor_id === moderator.person.id &&
            row.action === 'user.private_details_viewed' &&
            row.target_type === 'user' &&
            row.ip_address === staffAddress,
        ),
      ).toBe(true);
      const fieldsOf = (id: string) =>
        rows
          .filter((row) => row.target_id === id)
          .flatMap((row) => (row.after as { fields: string[] }).fields)
          .sort();
      expect(fieldsOf(first.id)).toEqual(['email', 'emailVerified']);
      expect(fieldsOf(second.id)).toEqual(['email']);
      expect(rows.length).toBeLessThanOrEqual(3);
    });

    it('records nothing for people reading their own details, or for staff who see none', async () => {
      const person = await forum.newPerson();
      const since = await lastEntryId();
      const own = await gqlData<{ me: { email: string } }>(api, {
        query: '{ me { email } }',
        as: admin,
      });
      expect(own.me.email).toBe(admin.person.email);
      const seen = await gqlData<{ user: { email: string | null } }>(api, {
        query: 'query V($id: ID!) { user(id: $id) { email } }',
        variables: { id: person.id },
        as: expert,
      });
      expect(seen.user.email).toBeNull();
      const rows = await query(api, 'SELECT id FROM audit_entry WHERE id > $1', [since]);
      expect(rows).toEqual([]);
    });
  });

  describe('the auditLog query', () => {
    const page = `query Log($filter: AuditLogFilter, $first: Int!, $after: String) {
      auditLog(filter: $filter, first: $first, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node {
          id action targetType targetId reason ipAddress createdAt
          actor { id displayName }
          changes { field before after }
        } }
      }
    }`;

    interface LogPage {
      auditLog: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        edges: Array<{
          node: {
            id: string;
            action: string;
            targetType: string;
            targetId: string;
            reason: string | null;
            ipAddress: string | null;
            actor: { id: string } | null;
            changes: Array<{ field: string; before: string | null; after: string | null }>;
          };
        }>;
      };
    }

    it('shows an entry with its actor and typed changes', async () => {
      const person = await forum.newPerson();
      await act(moderator, 'suspendUser', { userId: person.id, reason: 'Spam links', until });
      const data = await gqlData<LogPage>(api, {
        query: page,
        variables: { filter: { targetId: person.id, action: ['USER_SUSPENDED'] }, first: 10 },
        as: admin,
      });
      expect(data.auditLog.totalCount).toBe(1);
      expect(data.auditLog.edges[0]!.node).toEqual(
        expect.objectContaining({
          action: 'USER_SUSPENDED',
          targetType: 'USER',
          targetId: person.id,
          reason: 'Spam links',
          ipAddress: staffAddress,
          actor: expect.objectContaining({ id: moderator.person.id }),
          changes: [
            { field: 'suspendedUntil', before: 'null', after: JSON.stringify(until) },
            { field: 'suspensionReason', before: 'null', after: '"Spam links"' },
          ],
        }),
      );
    });

    it('filters by actor, action, target and time, and pages newest first', async () => {
      const actor = await forum.newUser({ role: Role.Moderator });
      const people = await Promise.all([1, 2, 3, 4, 5].map(() => forum.newPerson()));
      const start = new Date();
      for (const person of people)
        await act(actor, 'suspendUser', { userId: person.id, reason: 'Spam links', until });
      await act(actor, 'unsuspendUser', { userId: people[0]!.id });

      const seen: string[] = [];
      let after: string | null = null;
      for (;;) {
        const data: LogPage = await gqlData<LogPage>(api, {
          query: page,
          variables: {
            filter: { actorId: actor.person.id, action: ['USER_SUSPENDED'] },
            first: 2,
            after,
          },
          as: admin,
        });
        expect(data.auditLog.totalCount).toBe(5);
        seen.push(...data.auditLog.edges.map((edge) => edge.node.targetId));
        if (!data.auditLog.pageInfo.hasNextPage) break;
        after = data.auditLog.pageInfo.endCursor;
      }
      expect(seen).toEqual(people.map((person) => person.id).reverse());

      const byTarget = await gqlData<LogPage>(api, {
        query: page,
        variables: { filter: { targetType: 'USER', targetId: people[0]!.id }, first: 10 },
        as: admin,
      });
      expect(byTarget.auditLog.edges.map((edge) => edge.node.action)).toEqual([
        'USER_UNSUSPENDED',
        'USER_SUSPENDED',
      ]);

      const inWindow = await gqlData<LogPage>(api, {
        query: page,
        variables: {
          filter: {
            actorId: actor.person.id,
            from: start.toISOString(),
            to: new Date(Date.now() + 60_000).toISOString(),
          },
          first: 100,
        },
        as: admin,
      });
      expect(inWindow.auditLog.totalCount).toBe(6);
      const before = await gqlData<LogPage>(api, {
        query: page,
        variables: { filter: { actorId: actor.person.id, to: start.toISOString() }, first: 100 },
        as: admin,
      });
      expect(before.auditLog.totalCount).toBe(0);
    });

    it('refuses more than 100 entries a page and malformed filters with typed errors', async () => {
      const tooMany = await gql(api, { query: page, variables: { first: 101 }, as: admin });
      expect(tooMany.errors?.[0]?.extensions).toEqual(
        expect.objectContaining({ code: 'BAD_USER_INPUT' }),
      );
      const badActor = await gql(api, {
        query: page,
        variables: { first: 5, filter: { actorId: 'not-an-id' } },
        as: admin,
      });
      expect(badActor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    });

    it.each([
      ['a member', () => forum.newUser()],
      ['an expert', () => Promise.resolve(expert)],
      ['a product manager', () => Promise.resolve(productManager)],
      ['a moderator', () => Promise.resolve(moderator)],
    ])('is refused to %s with ACCESS_DENIED', async (_who, session) => {
      const response = await gql(api, {
        query: page,
        variables: { first: 5 },
        as: await session(),
      });
      expect(response.data).toBeNull();
      expect(response.errors?.[0]?.extensions).toEqual(
        expect.objectContaining({ code: 'FORBIDDEN', reason: 'ACCESS_DENIED' }),
      );
    });

    it('is refused to visitors with NOT_SIGNED_IN', async () => {
      const response = await gql(api, { query: page, variables: { first: 5 } });
      expect(response.errors?.[0]?.extensions).toEqual(
        expect.objectContaining({ code: 'UNAUTHENTICATED', reason: 'NOT_SIGNED_IN' }),
      );
    });
  });

  describe('the CSV export', () => {
    function download(
      path: string,
      as?: { cookie: string } | { bearer: string },
    ): Promise<Response> {
      return fetch(`${api.url}${path}`, {
        headers: {
          ...(as && 'cookie' in as ? { cookie: as.cookie } : {}),
          ...(as && 'bearer' in as ? { authorization: `Bearer ${as.bearer}` } : {}),
        },
      });
    }

    it('streams the filtered entries with a header, newest first, formulas neutralised', async () => {
      const person = await forum.newPerson();
      await act(moderator, 'suspendUser', {
        userId: person.id,
        reason: '=HYPERLINK("http://evil.example","click")',
        until,
      });
      await act(moderator, 'unsuspendUser', { userId: person.id });
      const response = await download(`/exports/audit.csv?targetId=${person.id}`, admin);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toContain('audit-log.csv');
      const lines = (await response.text()).trimEnd().split('\n');
      expect(lines[0]).toBe(
        'id,created_at,actor_id,action,target_type,target_id,before,after,reason,ip_address',
      );
      expect(lines).toHaveLength(3);
      expect(lines[1]).toContain(`,${moderator.person.id},user.unsuspended,user,${person.id},`);
      expect(lines[2]).toContain(`,${moderator.person.id},user.suspended,user,${person.id},`);
      // The reason cell starts with an apostrophe, so no spreadsheet runs it.
      expect(lines[2]).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
      expect(lines[2]).toMatch(/,203\.0\.113\.9$/);

      const onlySuspensions = await download(
        `/exports/audit.csv?targetId=${person.id}&action=USER_SUSPENDED`,
        admin,
      );
      expect((await onlySuspensions.text()).trimEnd().split('\n')).toHaveLength(2);
    });

    it('takes a personal access token', async () => {
      const { createApiToken } = await gqlData<{ createApiToken: { token: string } }>(api, {
        query:
          'mutation T($input: CreateApiTokenInput!) { createApiToken(input: $input) { token } }',
        variables: { input: { name: 'audit export', scope: 'READ' } },
        as: admin,
      });
      const response = await download(`/exports/audit.csv?actorId=${randomUUID()}`, {
        bearer: createApiToken.token,
      });
      expect(response.status).toBe(200);
      expect((await response.text()).trimEnd().split('\n')).toHaveLength(1);
    });

    it('is refused to visitors, non-admins and malformed filters', async () => {
      const visitor = await download('/exports/audit.csv');
      expect(visitor.status).toBe(401);
      expect(await visitor.json()).toEqual(expect.objectContaining({ reason: 'NOT_SIGNED_IN' }));
      const staff = await download('/exports/audit.csv', moderator);
      expect(staff.status).toBe(403);
      expect(await staff.json()).toEqual(expect.objectContaining({ reason: 'ACCESS_DENIED' }));
      for (const bad of [
        'actorId=nope',
        'action=NO_SUCH_ACTION',
        'from=yesterday',
        'targetType=planet',
      ]) {
        const response = await download(`/exports/audit.csv?${bad}`, admin);
        expect(response.status).toBe(400);
        expect(await response.json()).toEqual(
          expect.objectContaining({ reason: 'VALIDATION_FAILED' }),
        );
      }
    });

    it('refuses more than 100,000 rows and names a shorter range as the way out', async () => {
      const targetId = `bulk-${randomUUID()}`;
      await query(
        api,
        `INSERT INTO audit_entry (actor_id, action, target_type, target_id)
         SELECT NULL, 'settings.changed', 'settings', $1 FROM generate_series(1, 100001)`,
        [targetId],
      );
      const response = await download(`/exports/audit.csv?targetId=${targetId}`, admin);
      expect(response.status).toBe(400);
      expect(await response.json()).toEqual(
        expect.objectContaining({ reason: 'AUDIT_EXPORT_TOO_LARGE' }),
      );
    });
  });
});
