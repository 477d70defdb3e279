/** What customers type into a support search: one to three words, often with a typo. */
const phrases = [
  'password reset',
  'reset password email',
  'two factor',
  'sso azure',
  'single sign-on error',
  'invoice download',
  'monthly invoice',
  'vat number',
  'refund',
  'credit card payment',
  'sales report',
  'dashboard widget',
  'scheduled report',
  'export excel',
  'pdf export',
  'api token',
  'webhook',
  'salesforce sync',
  'slack integration',
  'push notifications ios',
  'android app',
  'offline mode',
  'csv import',
  'team permissions',
  'admin role',
  'email notifications',
  'calendar sync',
  'recurring appointments',
  'approval workflow',
  'automation rule',
  'audit log',
  'custom domain',
  'time zone',
  'error 500',
  'timeout',
  'passwort zurücksetzen',
  'rechnung herunterladen',
  'zwei faktor',
  'export nach excel',
  'kalender synchronisierung',
  'berechtigungen team',
  'zeitzone',
  'fehler 500',
];

/** A typo a person makes: a letter dropped, doubled or swapped with its neighbour. */
function withTypo(word: string, seed: number): string {
  if (word.length < 5) return word;
  const at = 1 + (seed % (word.length - 2));
  switch (seed % 3) {
    case 0:
      return word.slice(0, at) + word.slice(at + 1);
    case 1:
      return word.slice(0, at) + word[at] + word.slice(at);
    default:
      return word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2);
  }
}

/** The phrases as typed: every other one with a typo in its longest word. */
export function searchQueries(): string[] {
  return phrases.flatMap((phrase, i) => {
    const words = phrase.split(' ');
    const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
    const typo = words
      .map((word) => (word === longest ? withTypo(word, i * 7 + 3) : word))
      .join(' ');
    return [phrase, typo];
  });
}
