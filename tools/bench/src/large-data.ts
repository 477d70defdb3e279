import { hash } from '@node-rs/argon2';
import type pg from 'pg';
import {
  english,
  ideaCorpus,
  errorCodes,
  german,
  type LanguageCorpus,
  organisationNames,
  personNames,
  products,
  tagWords,
} from './corpus.js';

/** The sizes the issue asks for; `SEED_SCALE` (e.g. 0.01) shrinks them for a quick try. */
export function largeDataSizes(scale = Number(process.env['SEED_SCALE'] ?? 1)) {
  const sized = (n: number) => Math.max(1, Math.round(n * scale));
  return {
    organisations: sized(500),
    users: sized(50_000),
    questions: sized(100_000),
    answers: sized(400_000),
    questionVotes: sized(250_000),
    answerVotes: sized(750_000),
    ideas: sized(2_000),
    ideaVotes: sized(200_000),
  };
}
export type LargeDataSizes = ReturnType<typeof largeDataSizes>;

/** Password of every generated person, so the benchmark can sign in as any of them. */
export const benchPassword = 'Bench-Community-2026';

/** Deterministic ids: a prefix per table and the row number, so rows can refer to each other. */
export const idPrefix = {
  organisation: '0a000000-0000-4000-8000-',
  user: '0b000000-0000-4000-8000-',
  product: '0c000000-0000-4000-8000-',
  tag: '0d000000-0000-4000-8000-',
  question: '0e000000-0000-4000-8000-',
  answer: '0f000000-0000-4000-8000-',
  idea: '1a000000-0000-4000-8000-',
} as const;

export function benchId(kind: keyof typeof idPrefix, n: number): string {
  return `${idPrefix[kind]}${n.toString(16).padStart(12, '0')}`;
}

/** SQL for the id of row `n` (an SQL expression) of a table. */
const id = (kind: keyof typeof idPrefix, n: string) =>
  `('${idPrefix[kind]}' || lpad(to_hex(${n}), 12, '0'))::uuid`;

/** A random element of an array parameter. */
const pick = (array: string) => `(${array})[1 + floor(random() * array_length(${array}, 1))::int]`;

/** Picks 1..n with a skew towards small numbers (popular products, tags, active people). */
const skewed = (n: number | string, power = 2) =>
  `(1 + floor(power(random(), ${power}) * ${n}))::int`;

const twoYears = "interval '730 days'";

/**
 * A number in [0, 1) fixed by `n` (multiplicative hashing): where a row must land in the same
 * place in statements that each insert part of the rows.
 */
const unitHash = (n: string) => `(((${n})::bigint * 2654435761) % 4294967296)::float8 / 4294967296`;

interface Step {
  label: string;
  run(client: pg.Client): Promise<unknown>;
}

/** $1..$5: the words `fill` uses; further parameters are the statement's own. */
function corpusParameters(corpus: LanguageCorpus, ...own: unknown[]): unknown[] {
  return [corpus.objects, corpus.actions, corpus.problems, corpus.events, errorCodes, ...own];
}

/** `format(template, object, action, problem, event, code)` with random words of the corpus. */
const fill = (template: string) =>
  `format(${template}, ${pick('$1::text[]')}, ${pick('$2::text[]')}, ${pick('$3::text[]')}, ${pick('$4::text[]')}, ${pick('$5::text[]')})`;

/** `count` sentences drawn from a sentence array, joined into paragraphs. */
const sentences = (array: string, count: string) =>
  `(SELECT string_agg(${fill(pick(array))}, CASE WHEN s % 3 = 0 THEN E'\\n\\n' ELSE ' ' END ORDER BY s)
      FROM generate_series(1, ${count}) s)`;

/**
 * The steps that fill an empty, migrated database. Everything is generated inside PostgreSQL
 * (INSERT ... SELECT over generate_series), so no row crosses the network; counters are derived
 * from the rows afterwards exactly as the product keeps them.
 */
export async function largeDataSteps(sizes: LargeDataSizes): Promise<Step[]> {
  /** Older questions (low numbers) collect more answers; answer `n` belongs to this question. */
  const questionOfAnswer = (n: string) =>
    `(1 + floor(power(${unitHash(n)}, 1.6) * ${sizes.questions}))::int`;
  /** One question in ten stays unanswered. */
  const answerable = (questionNumber: string) => `${unitHash(`${questionNumber} + 7`)} >= 0.1`;
  let lastAnswerNumber = 0;
  const passwordHash = await hash(benchPassword, {
    memoryCost: 19_456,
    timeCost: 2,
    parallelism: 1,
  });
  const plans = `(ARRAY['free','free','free','pro','pro','enterprise'])[1 + floor(random() * 6)::int]::organisation_plan`;
  return [
    {
      label: 'organisations',
      run: (c) =>
        c.query(
          `INSERT INTO organisation (id, name, plan, annual_revenue, created_at)
           SELECT ${id('organisation', 'g')}, format('%s %s %s %s', ${pick('$1::text[]')}, ${pick('$2::text[]')}, ${pick('$3::text[]')}, g),
                  ${plans}, (100000 + random() * 50000000)::bigint, now() - random() * ${twoYears}
             FROM generate_series(1, ${sizes.organisations}) g`,
          [organisationNames.first, organisationNames.second, organisationNames.suffix],
        ),
    },
    {
      label: 'people',
      run: (c) =>
        c.query(
          `INSERT INTO user_account (id, email, email_verified_at, display_name, password_hash, role, locale,
                                     organisation_id, expert_title, created_at)
           SELECT ${id('user', 'g')}, format('person%s@bench.example', g), now() - interval '800 days',
                  format('%s %s', ${pick('$1::text[]')}, ${pick('$2::text[]')}),
                  $3,
                  (CASE WHEN g <= 2 THEN 'admin' WHEN g <= 60 THEN 'expert' WHEN g <= 70 THEN 'product_manager'
                        WHEN g <= 80 THEN 'moderator' ELSE 'member' END)::user_role,
                  CASE WHEN random() < 0.35 THEN 'de' ELSE 'en' END,
                  CASE WHEN g > 80 AND random() < 0.9 THEN ${id('organisation', skewed(sizes.organisations, 1.5))} END,
                  CASE WHEN g > 2 AND g <= 60 THEN 'Support Engineer' END,
                  now() - random() * ${twoYears}
             FROM generate_series(1, ${sizes.users}) g`,
          [personNames.first, personNames.last, passwordHash],
        ),
    },
    {
      label: 'products and tags',
      run: async (c) => {
        await c.query(
          `INSERT INTO product (id, slug, name) SELECT ${id('product', 'n')}, p[1], p[2]
             FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS e(v, n),
                  LATERAL (SELECT ARRAY[v->>0, v->>1] AS p) x`,
          [JSON.stringify(products)],
        );
        await c.query(
          `INSERT INTO tag (id, slug) SELECT ${id('tag', 'n')}, word FROM unnest($1::text[]) WITH ORDINALITY AS t(word, n)`,
          [tagWords],
        );
      },
    },
    ...(['en', 'de'] as const).map((language) => ({
      label: `questions (${language})`,
      run: (c: pg.Client) => {
        const corpus = language === 'en' ? english : german;
        // Every third question is German; its row numbers are those with g % 3 = 0.
        const rows = language === 'de' ? 'g % 3 = 0' : 'g % 3 <> 0';
        return c.query(
          `INSERT INTO question (id, product_id, author_id, title, body, language, created_at, updated_at, last_activity_at)
           SELECT ${id('question', 'g')}, ${id('product', skewed(products.length, 1.7))},
                  ${id('user', `80 + ${skewed(sizes.users - 80, 2.5)}`)},
                  left(${fill(pick('$6::text[]'))}, 150),
                  ${sentences('$7::text[]', '2 + (g % 5)')} ||
                    CASE WHEN g % 4 = 0 THEN E'\\n\\n\`\`\`\\n' || ${pick('$5::text[]')} || E' at /api/v2/sync\\n\`\`\`' ELSE '' END,
                  '${language}', t, t, t
             FROM generate_series(1, ${sizes.questions}) g,
                  LATERAL (SELECT now() - ${twoYears} * (1 - g::float / ${sizes.questions}) + interval '1 second' * (g % 3600) AS t) ts
            WHERE ${rows}`,
          corpusParameters(corpus, corpus.titles, corpus.questionSentences),
        );
      },
    })),
    {
      label: 'question tags',
      run: (c) =>
        c.query(
          `INSERT INTO question_tag (question_id, tag_id)
           SELECT ${id('question', 'g')}, ${id('tag', skewed(tagWords.length, 2.2))}
             FROM generate_series(1, ${sizes.questions}) g, generate_series(1, 1 + g % 3) k
           ON CONFLICT DO NOTHING`,
        ),
    },
    {
      label: 'answer numbers',
      run: async (c) => {
        const { rows } = await c.query(
          `SELECT n FROM (SELECT n, row_number() OVER (ORDER BY n) AS taken
                            FROM generate_series(1, $1::int) n WHERE ${answerable(questionOfAnswer('n'))}) x
            WHERE taken = $2`,
          [Math.ceil(sizes.answers / 0.8), sizes.answers],
        );
        lastAnswerNumber = rows[0].n;
      },
    },
    ...(['en', 'de'] as const).map((language) => ({
      label: `answers (${language})`,
      run: (c: pg.Client) => {
        const corpus = language === 'en' ? english : german;
        // Older questions (low numbers) collect more answers; an answer follows its question, and
        // its number decides the question, so the English and German passes never share one. One
        // question in ten stays unanswered, so the numbers run up to the one that makes the target.
        return c.query(
          `INSERT INTO answer (id, question_id, author_id, body, created_at, updated_at)
           SELECT ${id('answer', 'a.n')}, q.id,
                  CASE WHEN a.n % 7 = 0 THEN ${id('user', '3 + (a.n % 58)')}
                       ELSE ${id('user', `80 + ${skewed(sizes.users - 80, 3)}`)} END,
                  ${sentences('$6::text[]', '1 + (a.n % 4)')},
                  least(now(), q.created_at + random() * interval '20 days'),
                  least(now(), q.created_at + random() * interval '20 days')
             FROM (SELECT n, ${questionOfAnswer('n')} AS qn
                     FROM generate_series(1, $7::int) n) a
             JOIN question q ON q.id = ${id('question', 'a.qn')}
            WHERE q.language = '${language}' AND ${answerable('a.qn')}`,
          corpusParameters(corpus, corpus.answerSentences, lastAnswerNumber),
        );
      },
    })),
    {
      label: 'votes',
      run: async (c) => {
        for (const [table, post, postCount, target] of [
          ['question_vote', 'question', sizes.questions, sizes.questionVotes],
          ['answer_vote', 'answer', sizes.answers, sizes.answerVotes],
        ] as const) {
          // Distinct (post, person) pairs, never on one's own post; topped up until the target.
          for (;;) {
            const [{ count }] = (await c.query(`SELECT count(*)::int AS count FROM ${table}`)).rows;
            if (count >= target) break;
            await c.query(
              `INSERT INTO ${table} (${post}_id, user_id, value, created_at)
               SELECT p.id, voter.id, CASE WHEN random() < 0.9 THEN 1 ELSE -1 END,
                      least(now(), p.created_at + random() * interval '60 days')
                 FROM (SELECT ${skewed(postCount, 2)} AS post_n, ${skewed(sizes.users, 1.3)} AS voter_n
                         FROM generate_series(1, $1::int)) r
                 JOIN ${post} p ON p.id = ${id(post, 'r.post_n')}
                 CROSS JOIN LATERAL (SELECT ${id('user', 'r.voter_n')} AS id) voter
                WHERE p.author_id <> voter.id
               ON CONFLICT DO NOTHING`,
              [Math.ceil((target - count) * 1.05)],
            );
          }
          await c.query(
            `DELETE FROM ${table} WHERE ctid IN (SELECT ctid FROM ${table} OFFSET $1)`,
            [target],
          );
        }
      },
    },
    {
      label: 'counters, accepted answers and states',
      run: async (c) => {
        await c.query(
          `UPDATE question q SET score = s.score FROM (SELECT question_id, sum(value)::int AS score FROM question_vote GROUP BY 1) s
            WHERE q.id = s.question_id`,
        );
        await c.query(
          `UPDATE answer a SET score = s.score FROM (SELECT answer_id, sum(value)::int AS score FROM answer_vote GROUP BY 1) s
            WHERE a.id = s.answer_id`,
        );
        await c.query(
          `UPDATE question q SET answer_count = s.n, last_activity_at = greatest(q.last_activity_at, s.latest)
             FROM (SELECT question_id, count(*)::int AS n, max(created_at) AS latest FROM answer GROUP BY 1) s
            WHERE q.id = s.question_id`,
        );
        // Half of the answered questions have an accepted answer: the best one, by the asker or an expert.
        await c.query(
          `UPDATE question q SET accepted_answer_id = best.id,
                  accepted_by_id = CASE WHEN random() < 0.3 THEN ${id('user', '3 + floor(random() * 58)::int')} ELSE q.author_id END,
                  accepted_at = best.created_at + interval '1 day'
             FROM (SELECT DISTINCT ON (question_id) id, question_id, created_at FROM answer
                    ORDER BY question_id, score DESC, created_at) best
            WHERE q.id = best.question_id AND random() < 0.5`,
        );
        await c.query(
          `UPDATE question SET state = (CASE WHEN accepted_answer_id IS NOT NULL THEN 'solved'
                                             WHEN answer_count > 0 THEN 'answered' ELSE 'open' END)::question_state`,
        );
        await c.query(
          `UPDATE question SET state = 'closed', close_reason = 'off_topic', closed_at = last_activity_at,
                  closed_by_id = ${id('user', '3')}
            WHERE id IN (SELECT id FROM question WHERE accepted_answer_id IS NULL ORDER BY md5(id::text) LIMIT $1)`,
          [Math.round(sizes.questions * 0.02)],
        );
      },
    },
    {
      label: 'reputation ledger and totals',
      run: async (c) => {
        // The rows the product's listeners would have written for these votes and solutions.
        await c.query(`
          INSERT INTO reputation_change (user_id, delta, reason, action, question_id, answer_id, product_id, actor_id, created_at)
          SELECT q.author_id, CASE WHEN v.value = 1 THEN 5 ELSE -2 END,
                 (CASE WHEN v.value = 1 THEN 'question_upvote' ELSE 'question_downvote' END)::reputation_reason,
                 'applied'::reputation_action, q.id, NULL::uuid, q.product_id, v.user_id, v.created_at
            FROM question_vote v JOIN question q ON q.id = v.question_id
          UNION ALL
          SELECT a.author_id, CASE WHEN v.value = 1 THEN 10 ELSE -2 END,
                 (CASE WHEN v.value = 1 THEN 'answer_upvote' ELSE 'answer_downvote' END)::reputation_reason,
                 'applied'::reputation_action, a.question_id, a.id, q.product_id, v.user_id, v.created_at
            FROM answer_vote v JOIN answer a ON a.id = v.answer_id JOIN question q ON q.id = a.question_id
          UNION ALL
          SELECT v.user_id, -1, 'downvote_cast'::reputation_reason, 'applied'::reputation_action, a.question_id, a.id, q.product_id, v.user_id, v.created_at
            FROM answer_vote v JOIN answer a ON a.id = v.answer_id JOIN question q ON q.id = a.question_id
           WHERE v.value = -1
          UNION ALL
          SELECT a.author_id, 15, 'answer_accepted'::reputation_reason, 'applied'::reputation_action, q.id, a.id, q.product_id, q.accepted_by_id, q.accepted_at
            FROM question q JOIN answer a ON a.id = q.accepted_answer_id
           WHERE a.author_id <> q.accepted_by_id
          UNION ALL
          SELECT q.accepted_by_id, 2, 'solution_marked'::reputation_reason, 'applied'::reputation_action, q.id, a.id, q.product_id, q.accepted_by_id, q.accepted_at
            FROM question q JOIN answer a ON a.id = q.accepted_answer_id
           WHERE a.author_id <> q.accepted_by_id`);
        await c.query(`
          UPDATE user_account u SET reputation = t.total
            FROM (SELECT user_id, sum(delta)::int AS total FROM reputation_change GROUP BY 1) t
           WHERE u.id = t.user_id`);
      },
    },
    ...(['en', 'de'] as const).map((language) => ({
      label: `ideas (${language})`,
      run: (c: pg.Client) => {
        const corpus = language === 'en' ? english : german;
        const rows = language === 'de' ? 'g % 3 = 0' : 'g % 3 <> 0';
        return c.query(
          `INSERT INTO idea (id, product_id, author_id, title, description, status, status_changed_at, created_at, updated_at)
           SELECT ${id('idea', 'g')}, ${id('product', skewed(products.length, 1.5))},
                  ${id('user', `80 + ${skewed(sizes.users - 80, 2)}`)},
                  left(${fill(pick('$6::text[]'))}, 150),
                  ${sentences('$7::text[]', '2 + (g % 3)')},
                  s.status::idea_status, t + interval '30 days', t, t
             FROM generate_series(1, ${sizes.ideas}) g,
                  LATERAL (SELECT now() - ${twoYears} * (1 - g::float / ${sizes.ideas}) AS t) ts,
                  LATERAL (SELECT CASE WHEN g % 20 = 0 THEN 'shipped' WHEN g % 20 = 1 THEN 'in_progress'
                                       WHEN g % 10 = 2 THEN 'planned' WHEN g % 25 = 3 THEN 'declined'
                                       ELSE 'under_review' END AS status) s
            WHERE ${rows}`,
          corpusParameters(corpus, ideaCorpus[language].titles, ideaCorpus[language].sentences),
        );
      },
    })),
    {
      label: 'idea status history',
      run: (c) =>
        c.query(
          `INSERT INTO idea_status_change (idea_id, from_status, to_status, message, changed_by_id, created_at)
           SELECT id, 'under_review', status, 'Thank you all for the votes: here is where this stands.',
                  ${id('user', '61 + (abs(hashtext(id::text)) % 10)')}, status_changed_at
             FROM idea WHERE status <> 'under_review'`,
        ),
    },
    {
      label: 'idea votes',
      run: async (c) => {
        // Popular ideas collect most votes; one vote per person and idea, with the plan their
        // organisation has, an importance for most, spread over the idea's lifetime.
        for (;;) {
          const [{ count }] = (await c.query('SELECT count(*)::int AS count FROM idea_vote')).rows;
          if (count >= sizes.ideaVotes) break;
          await c.query(
            `INSERT INTO idea_vote (idea_id, user_id, organisation_id, plan, importance, created_at)
             SELECT i.id, u.id, u.organisation_id, o.plan::text,
                    (ARRAY['nice_to_have', 'important', 'critical', NULL])[1 + floor(random() * 4)::int]::idea_vote_importance,
                    i.created_at + random() * (now() - i.created_at)
               FROM (SELECT ${skewed(sizes.ideas, 2.5)} AS idea_n, 80 + ${skewed(sizes.users - 80, 1.2)} AS voter_n
                       FROM generate_series(1, $1::int)) r
               JOIN idea i ON i.id = ${id('idea', 'r.idea_n')}
               JOIN user_account u ON u.id = ${id('user', 'r.voter_n')}
               LEFT JOIN organisation o ON o.id = u.organisation_id
             ON CONFLICT DO NOTHING`,
            [Math.ceil((sizes.ideaVotes - count) * 1.05)],
          );
        }
        await c.query(
          'DELETE FROM idea_vote WHERE ctid IN (SELECT ctid FROM idea_vote OFFSET $1)',
          [sizes.ideaVotes],
        );
      },
    },
    {
      label: 'idea counters, day buckets and tallies',
      run: async (c) => {
        // The same figures the vote transaction keeps (libs/api/ideas vote-counters), for all ideas at once.
        await c.query(
          `INSERT INTO idea_vote_day (idea_id, day, votes)
           SELECT idea_id, (created_at AT TIME ZONE 'UTC')::date, count(*) FROM idea_vote GROUP BY 1, 2`,
        );
        await c.query(
          `INSERT INTO idea_vote_tally (idea_id, plan, importance, votes)
           SELECT idea_id, coalesce(plan, 'none'), coalesce(importance::text, 'unspecified'), count(*)
             FROM idea_vote GROUP BY 1, 2, 3`,
        );
        await c.query(
          `INSERT INTO idea_organisation_tally (idea_id, organisation_id, votes)
           SELECT idea_id, organisation_id, count(*) FROM idea_vote WHERE organisation_id IS NOT NULL GROUP BY 1, 2`,
        );
        await c.query(
          `UPDATE idea i SET vote_count = v.votes, organisation_count = coalesce(o.orgs, 0)
             FROM (SELECT idea_id, count(*)::int AS votes FROM idea_vote GROUP BY 1) v
             LEFT JOIN (SELECT idea_id, count(*)::int AS orgs FROM idea_organisation_tally GROUP BY 1) o USING (idea_id)
            WHERE i.id = v.idea_id`,
        );
        await c.query('ANALYZE');
      },
    },
  ];
}
