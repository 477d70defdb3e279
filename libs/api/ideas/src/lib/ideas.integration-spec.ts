import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  createForumTestContext,
  createTestApp,
  type ForumTestContext,
  gql,
  type MailCatcher,
  query,
  startTestMailbox,
  type TestApp,
  type TestSession,
} from '@forum/api/testing';
import { Role } from '@forum/shared/domain';
import { IdeasModule } from './ideas.module.js';

const propose = `mutation P($input: ProposeIdeaInput!) { proposeIdea(input: $input) { id status voteCount author { displayName } product { slug } } }`;
const setStatus = `mutation S($input: SetIdeaStatusInput!) { setIdeaStatus(input: $input) { status statusHistory { fromStatus toStatus message notifiedCount changedBy { displayName } } } }`;
const comment = `mutation C($input: AddIdeaCommentInput!) { addIdeaComment(input: $input) { id ideaId author { displayName } } }`;
const notifications = `query N { unreadNotificationCount notifications(first: 50) { totalCount edges { node { id kind readAt payload {
  ... on IdeaStatusChangedPayload { ideaId toStatus message }
  ... on IdeaMergedPayload { ideaId targetId }
} } } } }`;

describe('feature ideas', () => {
  let api: TestApp;
  let forum: ForumTestContext;
  let mailbox: MailCatcher;
  let productId: string;
  let author: TestSession;
  let pm: TestSession;

  beforeAll(async () => {
    mailbox = await startTestMailbox();
    api = await createTestApp([IdeasModule], {
      SMTP_URL: mailbox.smtpUrl,
      WEB_ORIGIN: 'http://localhost:4200',
    });
    forum = createForumTestContext(api);
    productId = await forum.newProduct({ slug: 'reporting' });
    author = await forum.newUser({ displayName: 'Mehmet Yilmaz' });
    pm = await forum.newUser({ role: Role.ProductManager, displayName: 'Priya Raman' });
  });

  afterAll(async () => {
    await api?.close();
    await mailbox?.stop();
  });

  const proposeIdea = (title: string) =>
    forum.newIdea({ author, productId, title, description: 'Numbers should stay numbers.' });

  async function notificationsOf(session: TestSession) {
    const response = await gql<{
      unreadNotificationCount: number;
      notifications: {
        edges: Array<{ node: { id: string; kind: string; payload: Record<string, unknown> } }>;
      };
    }>(api, { query: notifications, as: session });
    return {
      unread: response.data!.unreadNotificationCount,
      items: response.data!.notifications.edges.map(({ node }) => node),
    };
  }

  it('proposes an idea under review and refuses bad input without writing anything', async () => {
    const response = await gql<{ proposeIdea: unknown }>(api, {
      query: propose,
      variables: {
        input: { title: 'Keep number formats in Excel exports', description: 'Why.', productId },
      },
      as: author,
    });
    expect(response.data?.proposeIdea).toMatchObject({
      status: 'UNDER_REVIEW',
      voteCount: 0,
      author: { displayName: 'Mehmet Yilmaz' },
      product: { slug: 'reporting' },
    });
    const before = await query(api, 'SELECT count(*)::int AS n FROM idea');
    const short = await gql(api, {
      query: propose,
      variables: { input: { title: 'Too short', description: '', productId } },
      as: author,
    });
    expect(short.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknownProduct = await gql(api, {
      query: propose,
      variables: {
        input: {
          title: 'A perfectly fine title',
          description: '',
          productId: '00000000-0000-4000-8000-000000000000',
        },
      },
      as: author,
    });
    expect(unknownProduct.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'PRODUCT_NOT_FOUND',
    });
    expect(await query(api, 'SELECT count(*)::int AS n FROM idea')).toEqual(before);
  });

  it('notifies every voter and commenter exactly once per status change, by app and e-mail', async () => {
    const ideaId = await proposeIdea('Scheduled report e-mails to many people');
    const voters = await Promise.all(
      [1, 2, 3].map((n) =>
        forum.newUser({
          displayName: `Voter ${n}`,
          email: `voter${n}-${ideaId.slice(0, 8)}@example.com`,
        }),
      ),
    );
    const commenter = await forum.newUser({ displayName: 'Commenter' });
    for (const voter of voters) await forum.voteOnIdea({ as: voter, ideaId });
    // A voter who also comments is still told once.
    for (const session of [commenter, voters[0]!])
      await gql(api, {
        query: comment,
        variables: { input: { ideaId, body: 'We need this as well.' } },
        as: session,
      });

    const member = await gql(api, {
      query: setStatus,
      variables: { input: { ideaId, status: 'PLANNED', message: 'Next quarter.' } },
      as: voters[0],
    });
    expect(member.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const changed = await gql<{ setIdeaStatus: unknown }>(api, {
      query: setStatus,
      variables: { input: { ideaId, status: 'PLANNED', message: 'We start next quarter.' } },
      as: pm,
    });
    expect(changed.data?.setIdeaStatus).toEqual({
      status: 'PLANNED',
      statusHistory: [
        {
          fromStatus: 'UNDER_REVIEW',
          toStatus: 'PLANNED',
          message: 'We start next quarter.',
          // The author, three voters and the commenter; not the product manager.
          notifiedCount: 5,
          changedBy: { displayName: 'Priya Raman' },
        },
      ],
    });
    const again = await gql(api, {
      query: setStatus,
      variables: { input: { ideaId, status: 'PLANNED', message: 'Still planned.' } },
      as: pm,
    });
    expect(again.errors?.[0]?.extensions?.reason).toBe('STATUS_UNCHANGED');

    for (const person of [author, ...voters, commenter]) {
      const { unread, items } = await notificationsOf(person);
      const about = items.filter((item) => item.payload['ideaId'] === ideaId);
      expect(about).toHaveLength(1);
      expect(about[0]).toMatchObject({
        kind: 'idea.status_changed',
        payload: { toStatus: 'planned', message: 'We start next quarter.' },
      });
      expect(unread).toBeGreaterThanOrEqual(1);
    }
    expect((await notificationsOf(pm)).items).toHaveLength(0);
    const [{ n }] = await query<{ n: number }>(
      api,
      "SELECT count(*)::int AS n FROM notification WHERE payload->>'ideaId' = $1",
      [ideaId],
    );
    expect(n).toBe(5);

    const mail = await mailbox.waitForMail((m) => m.to.includes(voters[1]!.person.email));
    expect(mail.subject).toBe('Idea planned: Scheduled report e-mails to many people');
    expect(mail.text).toContain('> We start next quarter.');
    expect(mail.text).toContain(`http://localhost:4200/ideas/${ideaId}`);

    // Marking read: one, then all.
    const { items } = await notificationsOf(voters[2]!);
    const markRead = `mutation M($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) }`;
    const remaining = await gql<{ markNotificationsRead: number }>(api, {
      query: markRead,
      variables: { input: { ids: [items[0]!.id] } },
      as: voters[2],
    });
    expect(remaining.data?.markNotificationsRead).toBe(0);
  });

  it('shows staff-only notes to staff and refuses them to members', async () => {
    const ideaId = await proposeIdea('Dark mode for the dashboards');
    const expert = await forum.newUser({ role: Role.Expert });
    const addNote = `mutation A($input: AddIdeaNoteInput!) { addIdeaNote(input: $input) { body author { id } } }`;
    const noteQuery = `query I($id: ID!) { idea(id: $id) { title internalNotes { body } } }`;
    const denied = await gql(api, {
      query: addNote,
      variables: { input: { ideaId, body: 'Member note' } },
      as: author,
    });
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    await gql(api, {
      query: addNote,
      variables: { input: { ideaId, body: 'ACME asked for this on the renewal call.' } },
      as: expert,
    });
    const staffView = await gql<{ idea: { internalNotes: unknown } }>(api, {
      query: noteQuery,
      variables: { id: ideaId },
      as: pm,
    });
    expect(staffView.data?.idea.internalNotes).toEqual([
      { body: 'ACME asked for this on the renewal call.' },
    ]);
    for (const as of [author, undefined]) {
      const memberView = await gql<{ idea: unknown }>(api, {
        query: noteQuery,
        variables: { id: ideaId },
        as,
      });
      expect(memberView.data?.idea).toBeNull();
      expect(memberView.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'STAFF_ONLY',
      });
      expect(JSON.stringify(memberView)).not.toContain('renewal');
    }
  });

  it('links questions as evidence, counts their askers, and tells them when it ships', async () => {
    const ideaId = await proposeIdea('Webhooks for new invoices');
    const organisation = await forum.newOrganisation({ plan: 'enterprise' });
    const askers = [
      await forum.newUser({ organisationId: organisation }),
      await forum.newUser({ organisationId: organisation }),
      await forum.newUser(),
    ];
    const questionIds: string[] = [];
    for (const [i, asker] of [askers[0]!, askers[1]!, askers[2]!, askers[2]!].entries()) {
      questionIds.push(
        await forum.newQuestion({
          author: asker,
          productId,
          title: `Can we get a webhook for invoices, case ${i}?`,
          body: 'Body',
        }),
      );
    }
    const link = `mutation L($input: LinkQuestionInput!) { linkQuestionToIdea(input: $input) { linkedQuestionCount askerCount askerOrganisationCount linkedQuestions { title } } }`;
    const refused = await gql(api, {
      query: link,
      variables: { input: { ideaId, questionId: questionIds[0] } },
      as: author,
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const expert = await forum.newUser({ role: Role.Expert });
    let last: unknown;
    for (const questionId of [...questionIds, questionIds[0]]) {
      last = (
        await gql<{ linkQuestionToIdea: unknown }>(api, {
          query: link,
          variables: { input: { ideaId, questionId } },
          as: expert,
        })
      ).data?.linkQuestionToIdea;
    }
    expect(last).toMatchObject({
      linkedQuestionCount: 4,
      askerCount: 3,
      askerOrganisationCount: 1,
    });

    for (const status of ['IN_PROGRESS', 'SHIPPED']) {
      await gql(api, {
        query: setStatus,
        variables: { input: { ideaId, status, message: `Now ${status}.` } },
        as: pm,
      });
    }
    // Askers hear about the shipping only, each once.
    for (const asker of askers) {
      const about = (await notificationsOf(asker)).items.filter(
        (i) => i.payload['ideaId'] === ideaId,
      );
      expect(about.map((i) => i.payload['toStatus'])).toEqual(['shipped']);
    }
  });

  it('sorts and filters the board, groups the roadmap', async () => {
    const other = await forum.newProduct({ slug: 'billing' });
    const ids: string[] = [];
    for (const title of [
      'Pay invoices by SEPA direct debit',
      'Invoice PDF in German',
      'Audit log of role changes',
    ]) {
      ids.push(await forum.newIdea({ author, productId: other, title, description: '' }));
    }
    const voters = [await forum.newUser(), await forum.newUser()];
    for (const voter of voters) await forum.voteOnIdea({ as: voter, ideaId: ids[1]! });
    await forum.voteOnIdea({ as: voters[0]!, ideaId: ids[2]! });
    const board = `query B($filter: IdeaFilter, $orderBy: IdeaOrder, $after: String) { ideas(filter: $filter, orderBy: $orderBy, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { title voteCount } } } }`;
    const top = await gql<{
      ideas: {
        totalCount: number;
        pageInfo: { endCursor: string };
        edges: Array<{ node: { title: string } }>;
      };
    }>(api, {
      query: board,
      variables: { filter: { productId: other }, orderBy: 'TOP' },
    });
    expect(top.data?.ideas.totalCount).toBe(3);
    expect(top.data?.ideas.edges.map((e) => e.node.title)).toEqual([
      'Invoice PDF in German',
      'Audit log of role changes',
    ]);
    const next = await gql<{ ideas: { edges: Array<{ node: { title: string } }> } }>(api, {
      query: board,
      variables: {
        filter: { productId: other },
        orderBy: 'TOP',
        after: top.data?.ideas.pageInfo.endCursor,
      },
    });
    expect(next.data?.ideas.edges.map((e) => e.node.title)).toEqual([
      'Pay invoices by SEPA direct debit',
    ]);
    const trending = await gql<{ ideas: { edges: Array<{ node: { title: string } }> } }>(api, {
      query: board,
      variables: { filter: { productId: other }, orderBy: 'TRENDING' },
    });
    expect(trending.data?.ideas.edges[0]?.node.title).toBe('Invoice PDF in German');
    const newest = await gql<{ ideas: { edges: Array<{ node: { title: string } }> } }>(api, {
      query: board,
      variables: { filter: { productId: other }, orderBy: 'NEWEST' },
    });
    expect(newest.data?.ideas.edges[0]?.node.title).toBe('Audit log of role changes');

    await gql(api, {
      query: setStatus,
      variables: { input: { ideaId: ids[0], status: 'PLANNED', message: 'Planned.' } },
      as: pm,
    });
    const planned = await gql<{
      ideas: { totalCount: number };
      ideaRoadmap: { planned: Array<{ title: string }>; shipped: unknown[] };
    }>(api, {
      query: `query R($p: ID) { ideas(filter: { statuses: [PLANNED], productId: $p }) { totalCount } ideaRoadmap(productId: $p) { planned { title } inProgress { title } shipped { title } } }`,
      variables: { p: other },
    });
    expect(planned.data?.ideas.totalCount).toBe(1);
    expect(planned.data?.ideaRoadmap).toEqual({
      planned: [{ title: 'Pay invoices by SEPA direct debit' }],
      inProgress: [],
      shipped: [],
    });
  });

  it('shows the comments of a merged idea on its target and redirects to it', async () => {
    const source = await proposeIdea('Export to Excel keeps numbers');
    const target = await proposeIdea('Excel export with real numbers');
    const customer = await forum.newUser();
    await gql(api, {
      query: comment,
      variables: { input: { ideaId: source, body: 'Written on the duplicate.' } },
      as: customer,
    });
    const merge = `mutation M($input: MergeIdeaInput!) { mergeIdea(input: $input) { id commentCount comments { body ideaId } } }`;
    const refused = await gql(api, {
      query: merge,
      variables: { input: { sourceId: source, targetId: target } },
      as: await forum.newUser({ role: Role.Expert }),
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const merged = await gql<{ mergeIdea: unknown }>(api, {
      query: merge,
      variables: { input: { sourceId: source, targetId: target } },
      as: pm,
    });
    expect(merged.data?.mergeIdea).toEqual({
      id: target,
      commentCount: 1,
      comments: [{ body: 'Written on the duplicate.', ideaId: source }],
    });
    const self = await gql(api, {
      query: merge,
      variables: { input: { sourceId: target, targetId: target } },
      as: pm,
    });
    expect(self.errors?.[0]?.extensions?.reason).toBe('INVALID_MERGE');
    const onMerged = await gql(api, {
      query: comment,
      variables: { input: { ideaId: source, body: 'Too late.' } },
      as: customer,
    });
    expect(onMerged.errors?.[0]?.extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'IDEA_MERGED',
    });
    const board = await gql<{ ideas: { edges: Array<{ node: { id: string } }> } }>(api, {
      query: `{ ideas(first: 100) { edges { node { id } } } }`,
    });
    expect(board.data?.ideas.edges.map((e) => e.node.id)).not.toContain(source);
  });
});
