import { describe, expect, it } from '@jest/globals';
import {
  mailClassOf,
  mailTemplateNames,
  type MailTemplates,
  renderMail,
  resolveLocale,
} from './mail-templates.js';

const link = 'https://community.example.com/verify-email?token=a1b2&from=mail';
const hostile = '<script>alert("x")</script> & Co';

const samples: MailTemplates = {
  'verify-email': { displayName: 'Anna', link },
  'reset-password': { displayName: 'Anna', link },
  'account-exists': {
    displayName: 'Anna',
    signInLink: 'https://community.example.com/sign-in',
    resetLink: 'https://community.example.com/reset-password',
  },
  'password-changed': {
    displayName: 'Anna',
    resetLink: 'https://community.example.com/reset-password',
  },
  'account-suspended': {
    displayName: 'Anna',
    reason: 'Repeated spam.\nPlease read the guidelines.',
    until: '2026-12-24T15:30:00.000Z',
  },
  'sign-in-link': {
    displayName: 'Anna',
    link: 'https://community.example.com/sign-in/link?token=c3d4',
  },
  notification: {
    displayName: 'Anna',
    kind: 'answer.posted',
    actorName: 'Jürgen Weber',
    count: 1,
    title: 'Export to CSV fails',
    targetTitle: null,
    detail: null,
    link: 'https://community.example.com/questions/q1#answer-a1',
    unsubscribeLink: 'https://community.example.com/unsubscribe?token=t1',
    preferencesLink: 'https://community.example.com/settings/notifications',
  },
  'notification-digest': {
    displayName: 'Anna',
    cadence: 'daily',
    timeZone: 'America/New_York',
    periodEnd: '2026-03-02T13:00:00.000Z',
    items: [
      {
        kind: 'answer.posted',
        actorName: 'Jürgen Weber',
        count: 3,
        title: 'Export to CSV fails',
        targetTitle: null,
        detail: null,
        link: 'https://community.example.com/questions/q1#answer-a1',
        at: '2026-03-02T03:30:00.000Z',
      },
      {
        kind: 'mention',
        actorName: 'Priya Raman',
        count: 1,
        title: 'Invoices in PDF',
        targetTitle: null,
        detail: null,
        link: 'https://community.example.com/questions/q2',
        at: '2026-03-01T20:00:00.000Z',
      },
    ],
    solvedQuestions: [
      {
        title: 'Dark mode in reports',
        productName: 'Reporting',
        link: 'https://community.example.com/questions/q3',
        solvedAt: '2026-03-01T18:00:00.000Z',
      },
    ],
    unsubscribeLink: 'https://community.example.com/unsubscribe?token=t2',
    preferencesLink: 'https://community.example.com/settings/notifications',
  },
  'solved-check': {
    displayName: 'Anna',
    questionTitle: hostile,
    questionLink: 'https://community.example.com/questions/q1',
    answers: [
      {
        authorName: 'Tom Becker',
        excerpt: 'Export the invoice again from the billing page.',
        acceptLink: 'https://community.example.com/solved?token=t3&answer=a1&action=accept',
      },
      {
        authorName: null,
        excerpt: 'Clear the cache.',
        acceptLink: 'https://community.example.com/solved?token=t3&answer=a2&action=accept',
      },
    ],
    notSolvedLink: 'https://community.example.com/solved?token=t3&action=not_solved',
    stopLink: 'https://community.example.com/solved?token=t3&action=stop',
    unsubscribeLink: 'https://community.example.com/unsubscribe?token=t4',
    preferencesLink: 'https://community.example.com/settings/notifications',
  },
};

describe('renderMail', () => {
  it('writes a verification mail in English and in German, with the link in both parts', () => {
    const en = renderMail('verify-email', 'en', samples['verify-email']);
    expect(en.subject).toBe('Confirm your e-mail address');
    expect(en.text).toContain('Hello Anna,');
    expect(en.text).toContain(`Confirm e-mail address:\n${link}\n`);
    expect(en.html).toContain('<html lang="en">');
    expect(en.html).toContain(`href="${link.replace('&', '&amp;')}"`);

    const de = renderMail('verify-email', 'de', samples['verify-email']);
    expect(de.subject).toBe('Bestätigen Sie Ihre E-Mail-Adresse');
    expect(de.text).toContain('Hallo Anna,');
    expect(de.text).toContain(`E-Mail-Adresse bestätigen:\n${link}\n`);
    expect(de.html).toContain('<html lang="de">');
    expect(de.html).toContain('Falls die Schaltfläche nicht funktioniert');
  });

  it.each(mailTemplateNames)('renders "%s" in every language', (name) => {
    for (const locale of ['en', 'de'] as const) {
      const mail = renderMail(name, locale, samples[name]);
      expect(mail.subject).not.toBe('');
      expect(mail.text).toMatch(/^(Hello|Hallo) Anna,\n\n/);
      expect(mail.text).toMatch(/\n-- \n.+\n$/);
      expect(mail.html).toMatch(/^<!DOCTYPE html>/);
      // Inline styles only: nothing a mail client would fetch or strip.
      expect(mail.html).not.toMatch(/<(style|link|img|script)\b/);
      for (const url of Object.values(samples[name]).filter(
        (v): v is string => typeof v === 'string' && v.startsWith('https://'),
      )) {
        expect(mail.text).toContain(url);
      }
    }
  });

  it('escapes every value in the HTML part and leaves the text part as written', () => {
    for (const name of mailTemplateNames) {
      const data = { ...samples[name], displayName: hostile };
      const mail = renderMail(name, 'en', data);
      expect(mail.html).not.toContain('<script>');
      expect(mail.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; Co');
      expect(mail.text).toContain(`Hello ${hostile},`);
    }
    const suspended = renderMail('account-suspended', 'de', {
      ...samples['account-suspended'],
      reason: '"><img src=x onerror=alert(1)>',
    });
    expect(suspended.html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(suspended.html).not.toContain('<img');
  });

  it('tells a notification in the reader’s language with its count, actor and unsubscribe link', () => {
    const de = renderMail('notification', 'de', { ...samples.notification, count: 3 });
    expect(de.subject).toBe('3 neue Antworten: Export to CSV fails');
    expect(de.text).toContain(
      'Es gibt 3 neue Antworten auf „Export to CSV fails“, die neueste von Jürgen Weber.',
    );
    expect(de.text).toContain(
      'Diese E-Mails abbestellen:\nhttps://community.example.com/unsubscribe?token=t1',
    );
    const en = renderMail('notification', 'en', {
      ...samples.notification,
      kind: 'answer.verified',
    });
    expect(en.text).toContain('Jürgen Weber verified your answer to "Export to CSV fails".');
    const asker = renderMail('notification', 'de', {
      ...samples.notification,
      kind: 'answer.verified',
      onYourQuestion: true,
    });
    expect(asker.subject).toBe('Eine Lösung wurde bestätigt: Export to CSV fails');
    expect(asker.text).toContain(
      'Jürgen Weber hat eine Lösung für Ihre Frage „Export to CSV fails“ bestätigt.',
    );
    expect(() =>
      renderMail('notification', 'en', { ...samples.notification, kind: 'nope' }),
    ).toThrow(/No mail words/);
  });

  it('groups a digest by kind and shows its dates in the reader’s time zone', () => {
    const mail = renderMail('notification-digest', 'en', samples['notification-digest']);
    expect(mail.subject).toBe('Your daily summary, 2 Mar 2026');
    expect(mail.text).toContain(
      'NEW ANSWERS\n\n- There are 3 new answers on "Export to CSV fails"',
    );
    // 03:30 UTC is 22:30 the evening before in New York.
    expect(mail.text).toContain('(1 Mar 2026, 22:30)');
    expect(mail.text).toContain('SOLVED IN PRODUCTS YOU FOLLOW');
    expect(mail.text).toContain('- Dark mode in reports (Reporting, 1 Mar 2026, 13:00)');
    const de = renderMail('notification-digest', 'de', samples['notification-digest']);
    expect(de.subject).toBe('Ihre tägliche Zusammenfassung, 02.03.2026');
    expect(de.text).toContain('ERWÄHNUNGEN');
  });

  it('refuses links that are not absolute web addresses', () => {
    expect(() =>
      renderMail('verify-email', 'en', { displayName: 'Anna', link: 'javascript:alert(1)' }),
    ).toThrow(/absolute http\(s\) URL/);
    expect(() =>
      renderMail('reset-password', 'en', { displayName: 'Anna', link: '/reset?token=1' }),
    ).toThrow(/absolute http\(s\) URL/);
  });

  it('states when a suspension ends, in the reader’s language, and quotes the reason', () => {
    const en = renderMail('account-suspended', 'en', samples['account-suspended']);
    expect(en.text).toContain('until 24 December 2026 at 15:30 (UTC)');
    expect(en.text).toContain('> Repeated spam.\n> Please read the guidelines.');
    const de = renderMail('account-suspended', 'de', samples['account-suspended']);
    expect(de.text).toContain('bis 24. Dezember 2026 um 15:30 (UTC) gesperrt');
    expect(de.html).toContain('Repeated spam.\nPlease read the guidelines.</blockquote>');
  });

  it('says how long a reset link works', () => {
    expect(renderMail('reset-password', 'en', samples['reset-password']).text).toContain(
      'valid for 1 hour',
    );
    expect(renderMail('reset-password', 'de', samples['reset-password']).text).toContain(
      '1 Stunde lang gültig',
    );
  });

  it('says how long a sign-in link works and that it works once', () => {
    const en = renderMail('sign-in-link', 'en', samples['sign-in-link']);
    expect(en.subject).toBe('Your sign-in link');
    expect(en.text).toContain('valid for 15 minutes and works only once');
    expect(en.text).toContain(`Sign in:\n${samples['sign-in-link'].link}\n`);
    const de = renderMail('sign-in-link', 'de', samples['sign-in-link']);
    expect(de.subject).toBe('Ihr Anmeldelink');
    expect(de.text).toContain('15 Minuten lang gültig und funktioniert nur einmal');
  });

  it('falls back to English for a language it does not speak', () => {
    expect(renderMail('verify-email', 'fr', samples['verify-email']).subject).toBe(
      'Confirm your e-mail address',
    );
    expect(resolveLocale('de')).toBe('de');
    expect(resolveLocale(undefined)).toBe('en');
  });

  it('refuses a template it does not know', () => {
    expect(() => renderMail('welcome' as 'verify-email', 'en', samples['verify-email'])).toThrow(
      'Unknown mail template "welcome"',
    );
  });
});

describe('mailClassOf', () => {
  it('sends mail about a person’s own account as transactional, everything else as bulk', () => {
    const classes = Object.fromEntries(mailTemplateNames.map((name) => [name, mailClassOf(name)]));
    expect(classes).toEqual({
      'verify-email': 'transactional',
      'reset-password': 'transactional',
      'account-exists': 'transactional',
      'password-changed': 'transactional',
      'account-suspended': 'transactional',
      notification: 'bulk',
      'notification-digest': 'bulk',
      'sign-in-link': 'transactional',
      'solved-check': 'bulk',
    });
  });

  it('refuses a template it does not know', () => {
    expect(() => mailClassOf('welcome' as 'verify-email')).toThrow(
      'Unknown mail template "welcome"',
    );
  });
});
