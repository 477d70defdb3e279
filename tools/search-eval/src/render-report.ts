import { loadEvaluationSet } from './evaluation-set.js';
import { readHistory, writeReports } from './report.js';

/** Rewrites docs/search-evaluation.md from the JSON, after a change to the report's layout. */
const history = readHistory();
const latest = history.runs.at(-1);
if (!latest) throw new Error('No runs in docs/search-evaluation.json yet');
writeReports(latest, loadEvaluationSet());
