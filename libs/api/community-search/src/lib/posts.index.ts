import type { SearchConfig } from '@forum/api/platform';
import type { SearchIndexDefinition } from '@forum/api/search';
import { bilingualTerms, germanForms, synonymsOf } from './search-vocabulary.js';

/** What a search hit is: the two kinds of posts customers look for. */
export type PostType = 'question' | 'idea';

/**
 * One searchable post. Questions carry their answers' text so a search for the fix finds the
 * question it solved; text is plain (Markdown removed) and bounded in length.
 */
export interface PostDocument extends Record<string, unknown> {
  id: string;
  type: PostType;
  title: string;
  body: string;
  /** The accepted answer's text, empty when none is accepted. */
  acceptedAnswer: string;
  /** The best other answers' text, by score. */
  answers: string[];
  tags: string[];
  /** Product area id. */
  product: string;
  /** Questions: open, answered, solved or closed. Ideas: their status. */
  state: string;
  solved: boolean;
  score: number;
  answerCount: number;
  answeredByStaff: boolean;
  /**
   * How much the community stands behind the question's solution, for ranking: 0 unsolved,
   * 1 solved, +1 when staff wrote or verified the accepted answer, +1 when at least
   * `helpfulnessConfirmations` people said it worked for them too.
   */
  helpfulness: number;
  language: string;
  /** Unix milliseconds, for sorting. */
  createdAt: number;
  lastActivityAt: number;
  /** Hash of the other fields: the consistency check compares it with the database. */
  digest: string;
}

/** Same-meaning words across English and German that customers use interchangeably. */
const synonymGroups: string[][] = [
  ['password', 'passwort', 'kennwort'],
  ['login', 'sign-in', 'signin', 'anmeldung', 'anmelden', 'einloggen'],
  ['logout', 'sign-out', 'abmelden'],
  ['excel', 'xlsx', 'spreadsheet', 'tabelle'],
  ['export', 'exportieren', 'download', 'herunterladen'],
  ['import', 'importieren', 'upload', 'hochladen'],
  ['invoice', 'rechnung', 'bill'],
  ['error', 'fehler', 'bug'],
  ['settings', 'einstellungen', 'preferences'],
  ['account', 'konto', 'benutzerkonto'],
  ['report', 'bericht', 'auswertung'],
  ['email', 'e-mail', 'mail'],
  ['reset', 'zurücksetzen'],
  ['delete', 'löschen', 'remove', 'entfernen'],
  ['user', 'benutzer', 'nutzer'],
  ['permission', 'berechtigung', 'access', 'zugriff'],
];

/**
 * Words too common to tell posts apart. Kept short on purpose: Meilisearch drops stop words from
 * queries, so words that carry meaning in support questions ("not", "nicht", "how") stay.
 */
const stopWords = {
  en: [
    'a',
    'an',
    'the',
    'and',
    'or',
    'of',
    'to',
    'in',
    'on',
    'at',
    'for',
    'is',
    'are',
    'was',
    'be',
    'it',
    'this',
    'that',
    'with',
    'as',
    'by',
    'i',
    'my',
    'me',
    'we',
    'our',
    'you',
    'your',
    'do',
    'does',
  ],
  de: [
    'der',
    'die',
    'das',
    'den',
    'dem',
    'des',
    'ein',
    'eine',
    'einen',
    'einem',
    'einer',
    'und',
    'oder',
    'zu',
    'im',
    'in',
    'am',
    'an',
    'auf',
    'für',
    'ist',
    'sind',
    'war',
    'es',
    'ich',
    'mein',
    'meine',
    'wir',
    'unser',
    'sie',
    'mit',
    'von',
    'bei',
  ],
};

/**
 * Questions (and feature ideas), one document per visible post. Changing these settings makes
 * Meilisearch re-index in place; the start-up applies them only when they differ.
 */
export const postsIndex: SearchIndexDefinition = {
  uid: 'posts',
  primaryKey: 'id',
  settings: {
    searchableAttributes: ['title', 'tags', 'acceptedAnswer', 'body', 'answers'],
    filterableAttributes: [
      'type',
      'product',
      'tags',
      'state',
      'solved',
      'answeredByStaff',
      'language',
    ],
    sortableAttributes: ['createdAt', 'lastActivityAt', 'score'],
    // Among posts that match the same words with the same typos, the better-backed solution comes
    // first; closeness of the words, the field they are in and exactness order within that. A
    // sort the searcher chose (newest, active, top) comes before it, so it is not overridden.
    rankingRules: [
      'words',
      'typo',
      'sort',
      'helpfulness:desc',
      'proximity',
      'attribute',
      'exactness',
      'score:desc',
    ],
    synonyms: synonymsOf([...synonymGroups, ...germanForms, ...bilingualTerms]),
    stopWords: [...stopWords.en, ...stopWords.de],
    faceting: { maxValuesPerFacet: 100 },
    pagination: { maxTotalHits: 1000 },
  },
};

/** The embedder hybrid search uses, when the operator configured one. */
export const postsEmbedder = 'default';

/**
 * What the embedder reads of a post, unless the operator's setting says otherwise: the title and
 * the start of the question, the part that says what the problem is.
 */
const documentTemplate = '{{doc.title}}. {{doc.body|truncatewords: 60}}';

/** The posts index with the operator's embedder, when one is configured (hybrid search). */
export function postsIndexFor(config: SearchConfig): SearchIndexDefinition {
  if (!config.semantic) return postsIndex;
  return {
    ...postsIndex,
    settings: {
      ...postsIndex.settings,
      embedders: {
        [postsEmbedder]: { documentTemplate, ...config.semantic.embedder } as never,
      },
    },
  };
}
