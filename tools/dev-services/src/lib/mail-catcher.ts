import type { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Server as NetServer } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface MailCatcherOptions {
  /** 0 picks a free port; `smtpUrl` then names the one chosen. */
  smtpPort: number;
  /** Serve the inbox page on this port (0 picks a free one); no page without it. */
  httpPort?: number;
  /** How many of the newest messages to keep; 500 unless told. */
  keep?: number;
}

export interface CaughtMail {
  /** Arrival number, starting at 1; the inbox page links to `/messages/<id>`. */
  id: number;
  /** Envelope recipients: where the message was actually delivered. */
  to: string[];
  /** The From header as written, e.g. `"Community" <community@localhost>`. */
  from: string;
  subject: string;
  text: string;
  /** The HTML part, or '' when the message has none. */
  html: string;
  /** When the catcher received the message. */
  date: Date;
  messageId: string | undefined;
  /** Header fields as sent, by lower-case name (folded lines unfolded); the last one wins. */
  headers: Record<string, string>;
}

export interface MailCatcher {
  /** e.g. smtp://127.0.0.1:1025, ready for SMTP_URL. */
  smtpUrl: string;
  /** e.g. http://127.0.0.1:1080, when an `httpPort` was given. */
  inboxUrl?: string;
  /** The messages kept (the last 500 unless told otherwise), oldest first. */
  messages(): CaughtMail[];
  /**
   * The newest caught message that matches, or else the next one to arrive; rejects after
   * `timeoutMs` naming what did arrive.
   */
  waitForMail(predicate: (mail: CaughtMail) => boolean, timeoutMs?: number): Promise<CaughtMail>;
  clear(): void;
  stop(): Promise<void>;
}

const defaultKept = 500;
const maxMessageBytes = 10 * 1024 * 1024;

/**
 * A local SMTP server that accepts every message and keeps it in memory, for development and
 * tests: nothing leaves the machine, and the mail can be read on a small web page or from code.
 */
export async function startMailCatcher(options: MailCatcherOptions): Promise<MailCatcher> {
  const inbox: CaughtMail[] = [];
  const kept = options.keep ?? defaultKept;
  const waiters = new Set<{ matches(mail: CaughtMail): boolean; cancel(reason: Error): void }>();
  let lastId = 0;

  const smtp = new SMTPServer({
    disabledCommands: ['STARTTLS', 'AUTH'],
    size: maxMessageBytes,
    rejectOversized: true,
    logger: false,
    closeTimeout: 1_000,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          const mail: CaughtMail = {
            id: ++lastId,
            to: session.envelope.rcptTo.map((recipient) => recipient.address),
            from: parsed.from?.text ?? (session.envelope.mailFrom || { address: '' }).address,
            subject: parsed.subject ?? '',
            text: parsed.text ?? '',
            html: parsed.html || '',
            date: new Date(),
            messageId: parsed.messageId,
            headers: Object.fromEntries(
              parsed.headerLines.map(({ key, line }) => [
                key,
                line
                  .slice(line.indexOf(':') + 1)
                  .replace(/\r?\n[ \t]+/g, ' ')
                  .trim(),
              ]),
            ),
          };
          inbox.push(mail);
          if (inbox.length > kept) inbox.shift();
          for (const waiter of waiters) if (waiter.matches(mail)) waiters.delete(waiter);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  // SMTPServer re-emits the errors of its net server, so listening failures arrive on it.
  const smtpPort = await listen(smtp, (host, ready) => smtp.listen(options.smtpPort, host, ready));
  // A client that drops its connection must not take the process down with it.
  smtp.on('error', () => undefined);

  let http: Server | undefined;
  let inboxUrl: string | undefined;
  if (options.httpPort !== undefined) {
    const server = createServer((request, response) => serveInbox(inbox, request, response));
    try {
      const httpPort = await listen(server, (host, ready) =>
        server.listen(options.httpPort, host, ready),
      );
      http = server;
      inboxUrl = `http://127.0.0.1:${httpPort}`;
    } catch (error) {
      await new Promise<void>((resolve) => smtp.close(resolve));
      throw error;
    }
  }

  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    inboxUrl,
    messages: () => [...inbox],
    async waitForMail(predicate, timeoutMs = 10_000) {
      const caught = inbox.findLast(predicate);
      if (caught) return caught;
      return new Promise((resolve, reject) => {
        const waiter = {
          matches(mail: CaughtMail) {
            let matched: boolean;
            try {
              matched = predicate(mail);
            } catch (error) {
              // A throwing predicate fails its own wait, not the SMTP delivery that triggered it.
              clearTimeout(timer);
              reject(error);
              return true;
            }
            if (matched) {
              clearTimeout(timer);
              resolve(mail);
            }
            return matched;
          },
          cancel(reason: Error) {
            clearTimeout(timer);
            reject(reason);
          },
        };
        const timer = setTimeout(() => {
          waiters.delete(waiter);
          const seen = inbox.map((mail) => `${mail.to.join(', ')}: ${mail.subject}`);
          reject(
            new Error(
              `No matching mail arrived within ${timeoutMs} ms; caught ${seen.length}` +
                (seen.length ? `:\n  ${seen.join('\n  ')}` : ''),
            ),
          );
        }, timeoutMs);
        waiters.add(waiter);
      });
    },
    clear: () => {
      inbox.length = 0;
    },
    stop: async () => {
      for (const waiter of waiters) waiter.cancel(new Error('The mail catcher was stopped'));
      waiters.clear();
      const closing = [new Promise<void>((resolve) => smtp.close(resolve))];
      if (http) {
        const server = http;
        closing.push(new Promise<void>((resolve) => server.close(() => resolve())));
        // Keep-alive connections of a browser would otherwise hold the server open.
        server.closeAllConnections();
      }
      await Promise.all(closing);
    },
  };
}

/** Binds to 127.0.0.1 only: the catcher accepts anything from anyone who can reach it. */
function listen(
  errors: EventEmitter,
  start: (host: string, ready: () => void) => NetServer,
): Promise<number> {
  return new Promise((resolve, reject) => {
    errors.once('error', reject);
    const server = start('127.0.0.1', () => {
      errors.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const e = (value: string) => value.replace(/[&<>"']/g, (character) => escapes[character] ?? '');

// The pages show mail from anywhere: no script runs, nothing loads from elsewhere, and the
// mail's own HTML sits in an opaque-origin sandbox.
const securityHeaders = {
  'content-security-policy':
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

function serveInbox(inbox: CaughtMail[], request: IncomingMessage, response: ServerResponse) {
  const send = (status: number, type: string, body: string) => {
    response.writeHead(status, { ...securityHeaders, 'content-type': `${type}; charset=utf-8` });
    response.end(body);
  };
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('allow', 'GET, HEAD');
    return send(405, 'text/plain', 'Method not allowed\n');
  }
  const path = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (path === '/api/messages') return send(200, 'application/json', JSON.stringify(inbox));
  if (path === '/') return send(200, 'text/html', listPage(inbox));
  const id = /^\/messages\/(\d+)$/.exec(path)?.[1];
  const mail = id === undefined ? undefined : inbox.find((each) => each.id === Number(id));
  if (mail) return send(200, 'text/html', messagePage(mail));
  return send(404, 'text/html', page('Not found', '<p>No such message. <a href="/">Inbox</a></p>'));
}

function page(title: string, body: string, head = ''): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)} · mail catcher</title>
${head}
</head>
<body style="font-family:system-ui,sans-serif;margin:0 auto;max-width:960px;padding:16px;color:#18181b;">
${body}
</body>
</html>
`;
}

function listPage(inbox: CaughtMail[]): string {
  const rows = inbox
    .toReversed()
    .map(
      (mail) =>
        `<tr><td style="padding:4px 8px;">${e(mail.to.join(', '))}</td>` +
        `<td style="padding:4px 8px;"><a href="/messages/${mail.id}">${e(mail.subject || '(no subject)')}</a></td>` +
        `<td style="padding:4px 8px;"><time datetime="${mail.date.toISOString()}">${e(mail.date.toLocaleString('en-GB'))}</time></td></tr>`,
    )
    .join('\n');
  const table = rows
    ? `<table style="border-collapse:collapse;width:100%;text-align:left;">
<thead><tr><th style="padding:4px 8px;">To</th><th style="padding:4px 8px;">Subject</th><th style="padding:4px 8px;">Received</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
    : '<p>No mail yet. This page reloads every 5 seconds.</p>';
  return page(
    'Inbox',
    `<h1>Inbox</h1>\n<p>${inbox.length} message${inbox.length === 1 ? '' : 's'}, newest first.</p>\n${table}`,
    '<meta http-equiv="refresh" content="5">',
  );
}

function messagePage(mail: CaughtMail): string {
  const field = (name: string, value: string) =>
    `<dt style="font-weight:600;">${name}</dt><dd style="margin:0 0 8px;">${e(value)}</dd>`;
  // Links in the mail open in a new tab; without allow-scripts and allow-same-origin its HTML
  // cannot run code or reach this page.
  const html = mail.html
    ? `<h2>HTML</h2>
<iframe title="HTML part" sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="${e(`<base target="_blank">${mail.html}`)}" style="width:100%;height:640px;border:1px solid #d4d4d8;"></iframe>`
    : '';
  return page(
    mail.subject || '(no subject)',
    `<p><a href="/">← Inbox</a></p>
<h1>${e(mail.subject || '(no subject)')}</h1>
<dl>
${field('From', mail.from)}
${field('To', mail.to.join(', '))}
${field('Received', mail.date.toISOString())}
${field('Message-ID', mail.messageId ?? '')}
</dl>
<h2>Text</h2>
<pre style="white-space:pre-wrap;padding:12px;background-color:#f4f4f5;">${e(mail.text)}</pre>
${html}`,
  );
}
