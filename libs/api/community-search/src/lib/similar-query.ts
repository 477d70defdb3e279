/**
 * What a question being asked is about, as search terms: its words without the question words,
 * pronouns and filler that every question shares in English and German ("How can I ...?",
 * "Wie kann ich ...?"). Those would otherwise decide what matches: a title like "How can I export
 * invoices to Excel?" found other questions that start with "How can I".
 */

const filler = new Set(
  [
    // English
    'a an the and or but so if then than of to in on at for from by with about into as',
    'i me my mine we us our you your it its this that these those there here they them their he she',
    'how what why when where which who whom whose can could would should will shall may might must',
    'do does did done is are was were be been being am have has had get gets got getting',
    'not no any some anyone someone anything something all every each one way ways like just still',
    'also too very really please help thanks thank hi hello know need want try tried trying',
    'again already now always never ever only even much many more most i’m i’ve im ive it’s its',
    'dont don’t doesnt doesn’t cant can’t cannot isnt isn’t wont won’t',
    // German
    'der die das den dem des ein eine einen einem einer eines und oder aber so wenn dann als',
    'zu zum zur im in am an auf für von vom bei mit nach aus über unter um bis durch gegen ohne',
    'ich mich mir mein meine meinen meinem meiner wir uns unser unsere unseren du dich dir dein',
    'ihr euch sie ihnen ihre er es man sich dass da hier dort was wie warum wieso weshalb wo wann',
    'welche welcher welches wer kann können könnte muss müssen soll sollte will wollen möchte',
    'möchten ist sind war waren bin bist sein wird werden wurde hat haben habe hatte gibt geht',
    'nicht kein keine keinen nichts etwas alle jeder jede immer noch schon auch nur jetzt mal',
    'bitte hilfe danke hallo irgendwie irgendwo eigentlich denn doch ja nein sehr',
  ]
    .join(' ')
    .split(' '),
);

/** Meilisearch reads at most ten words of a query. */
export const maxQueryWords = 10;

/** The words of `text` that say what it is about, in order, each once. */
export function contentWords(text: string): string[] {
  const words = text
    .toLowerCase()
    .match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu);
  const seen = new Set<string>();
  return (words ?? []).filter((word) => {
    if (filler.has(word) || seen.has(word) || (word.length < 2 && !/\d/.test(word))) return false;
    seen.add(word);
    return true;
  });
}

/**
 * The queries that look for questions like one being asked: the title's terms alone, and (once
 * details are typed) the title's terms followed by the body's, up to ten words in all, and the
 * body's own terms.
 */
export function similarQueries(title: string, body: string | null | undefined): string[] {
  const titleWords = contentWords(title).slice(0, maxQueryWords);
  const bodyWords = contentWords(body ?? '').filter((word) => !titleWords.includes(word));
  const queries = [titleWords.join(' ')];
  if (bodyWords.length > 0)
    queries.push([...titleWords, ...bodyWords].slice(0, maxQueryWords).join(' '));
  // A short or vague title ("Close our account") leaves the meaning to the details.
  if (bodyWords.length >= 3) queries.push(bodyWords.slice(0, maxQueryWords).join(' '));
  return queries.filter((query) => query.length > 0);
}

/**
 * A search box query as the engine gets it: a whole question ("How can I export invoices to
 * Excel?") loses its question words and filler, which would otherwise take up the query and be
 * dropped last; short keyword queries stay as typed.
 */
export function searchTerms(query: string): string {
  const words = query.trim().split(/\s+/);
  if (words.length < 4) return query;
  const terms = contentWords(query);
  return terms.length > 0 ? terms.join(' ') : query;
}
