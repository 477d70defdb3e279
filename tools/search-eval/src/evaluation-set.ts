import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The judged evaluation set: a corpus of questions grouped by topic (the problem they describe),
 * queries and duplicate pairs written against a topic, and the judgments that follow from it.
 * See tools/search-eval/README.md for how it was made and how to extend it.
 */

export type Language = 'en' | 'de';
/** staff/accepted: an accepted answer (by staff or a member); answered: answers, none accepted. */
export type Status = 'staff' | 'accepted' | 'answered' | 'open';
/** 2: solves it (the question's accepted answer solves the problem); 1: related. */
export type Grade = 1 | 2;

export interface CorpusQuestion {
  /** Stable key: `<topic>/<n>` or `background/<n>`. */
  key: string;
  topic: string | null;
  product: string;
  tags: string[];
  language: Language;
  status: Status;
  /** "Worked for me too" confirmations of the accepted answer. */
  confirmations: number;
  title: string;
  body: string;
  answer?: string;
}

export interface JudgedItem {
  id: string;
  topic: string;
  language: Language;
  kind: string;
  /** Question key to grade; questions not listed are not relevant. */
  judgments: Record<string, Grade>;
}

export interface EvalQuery extends JudgedItem {
  text: string;
}

export interface DuplicatePair extends JudgedItem {
  title: string;
  body: string;
}

export interface EvaluationSet {
  questions: CorpusQuestion[];
  queries: EvalQuery[];
  duplicates: DuplicatePair[];
}

interface TopicFile {
  id: string;
  product: string;
  tags: string[];
  questions: Array<{
    lang: Language;
    status: Status;
    confirmations?: number;
    title: string;
    body: string;
    answer?: string;
  }>;
  queries: Array<[Language, string, string]>;
  duplicates: Array<[Language, string, string, string]>;
}

interface BackgroundQuestion {
  product: string;
  lang: Language;
  status: Status;
  title: string;
  body: string;
  answer?: string;
}

interface ExtraDuplicate {
  topic: string;
  lang: Language;
  kind: string;
  title: string;
  body: string;
}

export const dataDir = join(import.meta.dirname, '../data');

const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T;

export const isSolved = (status: Status) => status === 'staff' || status === 'accepted';

export function loadEvaluationSet(): EvaluationSet {
  const topics = readdirSync(dataDir)
    .filter((file) => file.startsWith('topics-') && file.endsWith('.json'))
    .sort()
    .flatMap((file) => readJson<TopicFile[]>(file));
  const questions: CorpusQuestion[] = [];
  const judgmentsOf = new Map<string, Record<string, Grade>>();
  for (const topic of topics) {
    const judgments: Record<string, Grade> = {};
    topic.questions.forEach((question, n) => {
      const key = `${topic.id}/${n}`;
      questions.push({
        key,
        topic: topic.id,
        product: topic.product,
        tags: topic.tags,
        language: question.lang,
        status: question.status,
        confirmations: question.confirmations ?? 0,
        title: question.title,
        body: question.body,
        answer: question.answer,
      });
      judgments[key] = isSolved(question.status) ? 2 : 1;
    });
    if (!Object.values(judgments).includes(2))
      throw new Error(`Topic ${topic.id} has no solved question`);
    judgmentsOf.set(topic.id, judgments);
  }
  readJson<BackgroundQuestion[]>('background.json').forEach((question, n) =>
    questions.push({
      key: `background/${n}`,
      topic: null,
      product: question.product,
      tags: [],
      language: question.lang,
      status: question.status,
      confirmations: 0,
      title: question.title,
      body: question.body,
      answer: question.answer,
    }),
  );

  const queries = topics.flatMap((topic) =>
    topic.queries.map(([language, kind, text], n): EvalQuery => ({
      id: `${topic.id}/q${n}`,
      topic: topic.id,
      language,
      kind,
      text,
      judgments: judgmentsOf.get(topic.id)!,
    })),
  );
  const extra = readJson<ExtraDuplicate[]>('more-duplicates.json');
  const duplicates = [
    ...topics.flatMap((topic) =>
      topic.duplicates.map(([lang, kind, title, body]) => ({
        topic: topic.id,
        lang,
        kind,
        title,
        body,
      })),
    ),
    ...extra,
  ].map((pair, n): DuplicatePair => {
    const judgments = judgmentsOf.get(pair.topic);
    if (!judgments) throw new Error(`Duplicate pair ${n} names an unknown topic ${pair.topic}`);
    return {
      id: `${pair.topic}/d${n}`,
      topic: pair.topic,
      language: pair.lang,
      kind: pair.kind,
      title: pair.title,
      body: pair.body,
      judgments,
    };
  });
  return { questions, queries, duplicates };
}

/** The small, fixed part of the set that CI runs: every eighth query and every seventh pair. */
export function ciSlice(set: EvaluationSet): EvaluationSet {
  return {
    questions: set.questions,
    queries: set.queries.filter((_, n) => n % 8 === 0),
    duplicates: set.duplicates.filter((_, n) => n % 7 === 0),
  };
}
