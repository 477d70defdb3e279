/**
 * The product's vocabulary for search, versioned with the index settings (changing it changes
 * the settings, and Meilisearch re-indexes once on the next start). Every word of a group stands
 * for every other; groups that share a word are merged, so the relation is transitive.
 *
 * Meilisearch has no German stemmer and does not split German compounds, so the forms customers
 * write are listed here: inflections ("Rechnung", "Rechnungen") and compounds with their parts
 * ("Rechnungsnummer", "Rechnung Nummer"). The bilingual groups let an English query find the
 * German question and the reverse, for the terms of the product and of support.
 */

/** German inflections and compounds (with their parts as a phrase). */
export const germanForms: string[][] = [
  ['rechnung', 'rechnungen'],
  ['rechnungsnummer', 'rechnungsnummern', 'rechnung nummer'],
  ['rechnungsadresse', 'rechnung adresse'],
  ['rechnungsversand', 'rechnung versand', 'rechnungen versenden'],
  ['rechnungsmail', 'rechnungsmails', 'rechnung mail'],
  ['mahnung', 'mahnungen', 'mahnen', 'anmahnen'],
  ['zahlungserinnerung', 'zahlungserinnerungen', 'zahlung erinnerung'],
  ['zahlung', 'zahlungen', 'zahlen', 'bezahlen', 'bezahlt'],
  ['zahlungsziel', 'zahlungsfrist', 'fälligkeit'],
  ['gutschrift', 'gutschriften', 'stornorechnung'],
  ['stornieren', 'storniert', 'storno', 'stornierung'],
  ['kunde', 'kunden', 'kundin'],
  ['kundendaten', 'kunde daten'],
  ['benutzer', 'benutzerin', 'benutzern', 'benutzers'],
  ['benutzerkonto', 'konto', 'konten', 'zugang'],
  ['mitarbeiter', 'mitarbeiterin', 'mitarbeitende', 'kollege', 'kollegen', 'kollegin'],
  ['einladung', 'einladungen', 'einladen', 'eingeladen', 'einladungsmail'],
  ['bericht', 'berichte', 'berichten', 'berichts', 'auswertung', 'auswertungen', 'report'],
  ['umsatzbericht', 'umsatz bericht'],
  ['export', 'exportieren', 'exportiert', 'exports'],
  ['import', 'importieren', 'importiert', 'imports'],
  ['beleg', 'belege', 'quittung', 'quittungen'],
  ['einstellung', 'einstellungen'],
  ['berechtigung', 'berechtigungen', 'rechte'],
  ['rolle', 'rollen'],
  ['stundenzettel', 'stundenzetteln', 'zeiterfassung stunden'],
  ['zeiteintrag', 'zeiteinträge', 'zeiten'],
  ['freigabe', 'freigaben', 'freigeben', 'freigegeben', 'genehmigung', 'genehmigen', 'genehmigt'],
  ['urlaub', 'urlaube', 'urlaubsantrag', 'urlaubsanträge'],
  ['feiertag', 'feiertage', 'feiertagen', 'feiertagskalender'],
  ['überstunden', 'mehrstunden', 'stundenkonto'],
  ['benachrichtigung', 'benachrichtigungen', 'mitteilung', 'mitteilungen'],
  ['passwort', 'passworts', 'passwörter', 'kennwort'],
  ['anmeldung', 'anmelden', 'einloggen', 'login', 'angemeldet'],
  ['abmelden', 'abgemeldet', 'abmeldung'],
  ['gesperrt', 'sperre', 'sperren', 'ausgesperrt'],
  ['sitzung', 'sitzungen', 'sitzungsdauer'],
  ['abgelaufen', 'ablaufen', 'ungültig'],
  ['kalender', 'kalenders'],
  ['synchronisation', 'synchronisieren', 'synchronisiert', 'sync'],
  ['schnittstelle', 'schnittstellen', 'api'],
  ['steuersatz', 'steuersätze', 'mehrwertsteuersatz', 'steuer satz'],
  ['umsatzsteuer', 'mehrwertsteuer', 'mwst', 'ust'],
  ['umsatzsteuer-id', 'ust-idnr', 'ust-id', 'umsatzsteuer-identifikationsnummer'],
  ['lastschrift', 'bankeinzug', 'sepa-lastschrift', 'lastschriftverfahren'],
  ['kündigen', 'kündigung', 'gekündigt', 'vertrag beenden'],
  ['datensicherung', 'sicherung', 'backup', 'sicherungskopie'],
  ['löschen', 'gelöscht', 'löschung', 'entfernen'],
  ['wiederkehrend', 'wiederkehrende', 'regelmäßig', 'monatlich'],
  ['angebot', 'angebote', 'angebots'],
  ['abschlagsrechnung', 'anzahlung', 'teilrechnung'],
  ['spam', 'spam-ordner', 'junk', 'junk-ordner'],
  ['unscharf', 'verpixelt', 'pixelig'],
  ['langsam', 'ewig', 'lädt lange'],
];

/** The same thing in English and German. */
export const bilingualTerms: string[][] = [
  ['invoice', 'invoices', 'bill', 'bills', 'rechnung'],
  ['invoice number', 'invoice numbers', 'rechnungsnummer'],
  ['credit note', 'gutschrift'],
  ['cancel invoice', 'stornieren'],
  ['cancel subscription', 'kündigen'],
  ['payment', 'payments', 'pay', 'paid', 'zahlung'],
  ['payment terms', 'due date', 'zahlungsziel'],
  ['reminder', 'reminders', 'dunning', 'overdue', 'mahnung', 'zahlungserinnerung'],
  ['direct debit', 'sepa', 'lastschrift'],
  ['credit card', 'card', 'kreditkarte', 'karte'],
  ['quote', 'quotes', 'estimate', 'offer', 'angebot'],
  ['deposit', 'down payment', 'abschlagsrechnung'],
  ['customer', 'customers', 'client', 'clients', 'kunde'],
  ['customer portal', 'kundenportal'],
  ['user', 'users', 'benutzer'],
  ['account', 'accounts', 'benutzerkonto'],
  ['employee', 'employees', 'colleague', 'colleagues', 'staff member', 'mitarbeiter'],
  ['invitation', 'invitations', 'invite', 'invited', 'einladung'],
  ['report', 'reports', 'bericht'],
  ['export', 'exporting', 'exported', 'download', 'herunterladen'],
  ['import', 'importing', 'imported', 'upload', 'hochladen'],
  ['spreadsheet', 'excel', 'xlsx', 'tabelle'],
  ['receipt', 'receipts', 'beleg'],
  ['expense', 'expenses', 'spesen'],
  ['mileage', 'mileage rate', 'per km', 'kilometerpauschale', 'kilometergeld', 'kilometersatz'],
  ['settings', 'setting', 'preferences', 'einstellung'],
  ['permission', 'permissions', 'access', 'berechtigung', 'zugriff'],
  ['role', 'roles', 'rolle'],
  ['timesheet', 'timesheets', 'time sheet', 'stundenzettel'],
  ['time entry', 'time entries', 'hours', 'zeiteintrag'],
  ['timer', 'stoppuhr'],
  ['time tracking', 'zeiterfassung'],
  ['approval', 'approve', 'approved', 'sign off', 'freigabe'],
  ['vacation', 'leave', 'holiday request', 'urlaub'],
  ['absence', 'absences', 'abwesenheit', 'abwesenheiten'],
  ['public holiday', 'public holidays', 'feiertag'],
  ['overtime', 'überstunden'],
  ['part-time', 'part time', 'teilzeit'],
  ['working hours', 'target hours', 'sollarbeitszeit', 'arbeitszeit'],
  ['notification', 'notifications', 'alert', 'alerts', 'benachrichtigung'],
  ['password', 'passwort'],
  ['login', 'log in', 'sign in', 'sign-in', 'signin', 'anmeldung'],
  ['logout', 'logged out', 'sign out', 'sign-out', 'abmelden'],
  ['locked', 'lockout', 'locked out', 'gesperrt'],
  ['session', 'sitzung'],
  ['expired', 'invalid', 'abgelaufen'],
  [
    'two-factor',
    '2fa',
    'two factor',
    'authenticator',
    'zwei-faktor',
    'zwei-faktor-authentifizierung',
  ],
  ['phone', 'smartphone', 'mobile', 'handy', 'telefon'],
  ['calendar', 'kalender'],
  ['sync', 'syncing', 'synchronise', 'synchronisation'],
  ['api', 'interface', 'schnittstelle'],
  ['rate limit', 'too many requests', 'ratenbegrenzung', 'anfragelimit'],
  ['tax rate', 'vat rate', 'steuersatz'],
  ['vat', 'tax', 'umsatzsteuer'],
  ['vat id', 'vat number', 'umsatzsteuer-id'],
  ['reverse charge', 'steuerschuldnerschaft'],
  ['e-invoice', 'electronic invoice', 'e-invoicing', 'e-rechnung', 'xrechnung', 'zugferd'],
  ['currency', 'currencies', 'währung', 'fremdwährung'],
  ['address', 'adresse', 'anschrift'],
  ['delete', 'remove', 'erase', 'löschen'],
  ['deactivate', 'deaktivieren'],
  ['licence', 'license', 'seat', 'lizenz'],
  ['audit log', 'change history', 'änderungsprotokoll', 'protokoll'],
  ['backup', 'datensicherung'],
  ['full export', 'data export', 'datenexport'],
  ['gdpr', 'dsgvo'],
  ['anonymise', 'anonymize', 'anonymisieren'],
  ['bank statement', 'bank import', 'kontoauszug'],
  ['reconciliation', 'matching', 'match', 'zuordnen', 'zuordnung', 'abgleich'],
  ['recurring', 'repeat', 'monthly', 'wiederkehrend'],
  ['discount', 'rabatt', 'nachlass'],
  ['budget', 'budgets', 'projektbudget'],
  ['project', 'projects', 'projekt', 'projekte'],
  ['dashboard', 'overview', 'übersicht', 'startseite'],
  ['slow', 'langsam'],
  ['encoding', 'kodierung', 'zeichensatz'],
  ['umlauts', 'accents', 'special characters', 'umlaute', 'sonderzeichen'],
  ['duplicates', 'duplicate', 'twice', 'dubletten', 'doppelt'],
  ['spam', 'junk'],
  ['blurry', 'pixelated', 'fuzzy', 'unscharf'],
  ['dark mode', 'dark theme', 'dunkelmodus', 'dunkles design'],
  ['language', 'sprache'],
  ['ip restriction', 'ip allowlist', 'ip whitelist', 'ip-beschränkung'],
  ['vpn', 'office network', 'firmennetz'],
  ['ledger accounts', 'account numbers', 'sachkonten', 'kontonummern'],
  ['tax advisor', 'accountant', 'steuerberater', 'buchhaltung'],
  ['error', 'fehler', 'bug'],
  ['email', 'e-mail', 'mail', 'mails'],
  ['reset', 'zurücksetzen'],
  ['custom field', 'custom fields', 'eigene felder', 'zusatzfeld'],
  ['cost centre', 'cost center', 'kostenstelle'],
  ['landscape', 'querformat'],
  ['columns', 'spalten'],
  ['cut off', 'abgeschnitten'],
  ['time zone', 'timezone', 'zeitzone'],
];

/** Merges groups that share a word, so every word stands for every other of its merged group. */
export function synonymsOf(groups: string[][]): Record<string, string[]> {
  const parent = new Map<string, string>();
  const find = (word: string): string => {
    const up = parent.get(word) ?? word;
    if (up === word) return word;
    const root = find(up);
    parent.set(word, root);
    return root;
  };
  for (const group of groups) {
    const [first, ...rest] = group.map((word) => word.toLowerCase());
    for (const word of [first!, ...rest]) if (!parent.has(word)) parent.set(word, word);
    for (const word of rest) parent.set(find(word), find(first!));
  }
  const members = new Map<string, string[]>();
  for (const word of parent.keys())
    members.set(find(word), [...(members.get(find(word)) ?? []), word]);
  const synonyms: Record<string, string[]> = {};
  for (const word of [...parent.keys()].sort())
    synonyms[word] = members
      .get(find(word))!
      .filter((other) => other !== word)
      .sort();
  return synonyms;
}
