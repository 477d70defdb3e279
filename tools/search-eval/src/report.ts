import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ciSlice, type EvaluationSet } from './evaluation-set.js';
import {
  type EvalPath,
  type Figures,
  figuresBy,
  figuresOf,
  firstSolvingRank,
  type ItemOutcome,
  quantile,
} from './metrics.js';

export const paths: EvalPath[] = ['search', 'similarQuestions', 'askForm'];

export interface PathFigures {
  all: Figures;
  byLanguage: Record<string, Figures>;
  byKind: Record<string, Figures>;
  /** Keyed `<kind>:<language>`. */
  byKindAndLanguage: Record<string, Figures>;
  /** Round trip of the GraphQL request, client side, in ms. */
  latencyMs: { p50: number; p95: number };
}

export interface EvaluationRun {
  label: string;
  description: string;
  at: string;
  /** Whether hybrid (semantic) search was configured for the run. */
  embedder: string;
  figures: Record<EvalPath, PathFigures>;
  /** The same run restricted to the CI slice: what the CI test compares against. */
  slice: Record<EvalPath, Figures>;
  misses: Array<{
    path: EvalPath;
    id: string;
    language: string;
    kind: string;
    text: string;
    rank: number;
    top: string[];
  }>;
}

export interface EvaluationHistory {
  runs: EvaluationRun[];
}

export const reportJson = join(import.meta.dirname, '../../../docs/search-evaluation.json');
export const reportMarkdown = join(import.meta.dirname, '../../../docs/search-evaluation.md');

export function summarise(
  outcomes: ItemOutcome[],
  set: EvaluationSet,
  meta: { label: string; description: string; embedder: string },
  now: Date,
): EvaluationRun {
  const slice = ciSlice(set);
  const sliceIds = new Set([...slice.queries, ...slice.duplicates].map((item) => item.id));
  const of = (path: EvalPath) => outcomes.filter((outcome) => outcome.path === path);
  const figures = Object.fromEntries(
    paths.map((path) => {
      const own = of(path);
      return [
        path,
        {
          all: figuresOf(own),
          byLanguage: figuresBy(own, (o) => o.language),
          byKind: figuresBy(own, (o) => o.kind),
          byKindAndLanguage: figuresBy(own, (o) => `${o.kind}:${o.language}`),
          latencyMs: {
            p50: quantile(
              own.map((o) => o.latencyMs),
              0.5,
            ),
            p95: quantile(
              own.map((o) => o.latencyMs),
              0.95,
            ),
          },
        },
      ];
    }),
  ) as Record<EvalPath, PathFigures>;
  return {
    ...meta,
    at: now.toISOString(),
    figures,
    slice: Object.fromEntries(
      paths.map((path) => [path, figuresOf(of(path).filter((o) => sliceIds.has(o.id)))]),
    ) as Record<EvalPath, Figures>,
    misses: outcomes.flatMap((outcome) => {
      const rank = firstSolvingRank(outcome);
      return rank > 0 && rank <= 5
        ? []
        : [
            {
              path: outcome.path,
              id: outcome.id,
              language: outcome.language,
              kind: outcome.kind,
              text: outcome.text,
              rank,
              top: outcome.ranked.slice(0, 3),
            },
          ];
    }),
  };
}

export function readHistory(): EvaluationHistory {
  return existsSync(reportJson)
    ? (JSON.parse(readFileSync(reportJson, 'utf8')) as EvaluationHistory)
    : { runs: [] };
}

/** Adds the run (replacing one of the same label) and writes the JSON and Markdown reports. */
export function writeReports(run: EvaluationRun, set: EvaluationSet): void {
  const history = readHistory();
  const at = history.runs.findIndex((known) => known.label === run.label);
  if (at >= 0) history.runs[at] = run;
  else history.runs.push(run);
  // Misses are listed for the latest run only; older runs keep their figures.
  history.runs = history.runs.map((known) => (known === run ? known : { ...known, misses: [] }));
  writeFileSync(reportJson, `${JSON.stringify(history, null, 2)}\n`);
  writeFileSync(reportMarkdown, markdownOf(history, run, set));
}

const pathNames: Record<EvalPath, string> = {
  search: '`search` (queries)',
  similarQuestions: '`similarQuestions`, title and body (duplicate pairs)',
  askForm: 'ask form, title only (duplicate pairs)',
};

const cell = (figures: Figures | undefined) =>
  figures
    ? `${figures.recallAt5.toFixed(3)} | ${figures.mrr.toFixed(3)} | ${figures.ndcgAt10.toFixed(3)} | ${figures.count}`
    : '– | – | – | 0';

function markdownOf(history: EvaluationHistory, latest: EvaluationRun, set: EvaluationSet): string {
  const lines: string[] = [
    '# Search evaluation',
    '',
    '<!-- Written by `npm run search:eval`; do not edit by hand. -->',
    '',
    `The judged set in \`tools/search-eval\` (${set.questions.length} corpus questions, ${set.queries.length} queries, ` +
      `${set.duplicates.length} duplicate pairs; see its README) run through the real API against a real Meilisearch. ` +
      'recall@5: share of items with a question that solves it among the first five; MRR: mean reciprocal rank of the ' +
      'first question that solves it; nDCG@10: graded (solves it = 2, related = 1). Latency: the GraphQL round trip ' +
      'measured by the evaluation client (one request at a time, so it is an upper bound of what the engine adds).',
    '',
    '## Changes, one at a time',
    '',
    '| Run | search MRR | search recall@5 | similarQuestions recall@5 (en / de / cross) | ask form recall@5 (en / de / cross) | search p50 / p95 ms |',
    '| --- | --- | --- | --- | --- | --- |',
  ];
  for (const run of history.runs) {
    const dup = (path: EvalPath) => {
      const f = run.figures[path];
      const recall = (figures: Figures | undefined) => (figures?.recallAt5 ?? 0).toFixed(3);
      return [
        recall(f.byKindAndLanguage['paraphrase:en']),
        recall(f.byKindAndLanguage['paraphrase:de']),
        recall(f.byKind['cross-language']),
      ].join(' / ');
    };
    lines.push(
      `| **${run.label}** — ${run.description} | ${run.figures.search.all.mrr.toFixed(3)} | ${run.figures.search.all.recallAt5.toFixed(3)} | ${dup('similarQuestions')} | ${dup('askForm')} | ${run.figures.search.latencyMs.p50} / ${run.figures.search.latencyMs.p95} |`,
    );
  }
  lines.push(
    '',
    '"en" and "de" are the same-language pairs of that language; "cross" the pairs whose answer exists only in the other language.',
    '',
    '## Targets (latest run)',
    '',
    ...targetsOf(latest),
    '',
    'Latency figures come from one client on a shared machine and vary between runs with its load; ' +
      'they show that no change added a round trip (each path is one request to Meilisearch), not the ' +
      "engine's throughput, which `npm run bench` measures.",
    '',
    `## Latest run: ${latest.label}`,
    '',
    `${latest.description}. Run at ${latest.at}. Hybrid (semantic) search: ${latest.embedder}.`,
  );
  for (const path of paths) {
    const f = latest.figures[path];
    lines.push(
      '',
      `### ${pathNames[path]}`,
      '',
      '| Group | recall@5 | MRR | nDCG@10 | items |',
      '| --- | --- | --- | --- | --- |',
      `| all | ${cell(f.all)} |`,
      ...Object.entries(f.byLanguage).map(
        ([language, figures]) => `| language: ${language} | ${cell(figures)} |`,
      ),
      ...Object.entries(f.byKind).map(([kind, figures]) => `| kind: ${kind} | ${cell(figures)} |`),
      '',
      `Latency p50 ${f.latencyMs.p50} ms, p95 ${f.latencyMs.p95} ms.`,
    );
  }
  lines.push(
    '',
    '### Misses of the latest run',
    '',
    'Items with no question that solves them among the first five (rank 0: not returned at all); "top" are the first three hits as corpus keys.',
    '',
  );
  for (const path of paths) {
    const misses = latest.misses.filter((miss) => miss.path === path);
    lines.push(`#### ${pathNames[path]}: ${misses.length}`, '');
    for (const miss of misses)
      lines.push(
        `- \`${miss.id}\` (${miss.language}, ${miss.kind}) “${miss.text.replaceAll('|', '/')}” — rank ${miss.rank}; top: ${miss.top.join(', ') || 'nothing'}`,
      );
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

/** How the run's hybrid search was set up, for the report (never the key). */
export function embedderDescription(setting: string | undefined): string {
  if (!setting) return 'not configured';
  try {
    const parsed = JSON.parse(setting) as { source?: string; model?: string; url?: string };
    return `${parsed.source ?? 'unknown'} embedder${parsed.model ? ` ${parsed.model}` : ''}`;
  } catch {
    return 'configured (unreadable setting)';
  }
}

/** The issue's targets against a run: met or not, with the figure. */
export function targetsOf(run: EvaluationRun): string[] {
  const similar = run.figures.similarQuestions;
  const checks: Array<[string, number | undefined, number]> = [
    [
      'similarQuestions recall@5, English pairs',
      similar.byKindAndLanguage['paraphrase:en']?.recallAt5,
      0.9,
    ],
    [
      'similarQuestions recall@5, German pairs',
      similar.byKindAndLanguage['paraphrase:de']?.recallAt5,
      0.9,
    ],
    [
      'similarQuestions recall@5, cross-language pairs',
      similar.byKind['cross-language']?.recallAt5,
      0.9,
    ],
    [
      'search MRR, queries with a "solves it" judgement (all of them)',
      run.figures.search.all.mrr,
      0.8,
    ],
  ];
  return checks.map(
    ([name, value, target]) =>
      `- ${name}: ${(value ?? 0).toFixed(3)} (target ${target}) — ${(value ?? 0) >= target ? 'met' : 'not met'}`,
  );
}
