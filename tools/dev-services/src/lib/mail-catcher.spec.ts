import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { createTransport } from 'nodemailer';
import { freePort } from './free-port.js';
import { type CaughtMail, type MailCatcher, startMailCatcher } from './mail-catcher.js';

describe('startMailCatcher', () => {
  let catcher: MailCatcher;

  const send = (to: string, subject: string, html?: string) =>
    createTransport(catcher.smtpUrl).sendMail({
      from: '"Community" <community@localhost>',
      to,
      subject,
      text: `Hello ${to}\nhttp://localhost:4200/verify?token=abc`,
      html,
      messageId: `<${subject.replaceAll(' ', '-')}@localhost>`,
    });

  beforeAll(async () => {
    catcher = await startMailCatcher({ smtpPort: await freePort(), httpPort: 0 });
  });

  beforeEach(() => catcher.clear());

  afterAll(async () => {
    await catcher?.stop();
  });

  it('receives a real SMTP message and keeps it parsed', async () => {
    await send('anna@example.com', 'First mail', '<p>Hello <b>Anna</b></p>');

    expect(catcher.messages()).toEqual([
      {
        id: expect.any(Number),
        to: ['anna@example.com'],
        from: '"Community" <community@localhost>',
        subject: 'First mail',
        text: 'Hello anna@example.com\nhttp://localhost:4200/verify?token=abc',
        html: '<p>Hello <b>Anna</b></p>',
        date: expect.any(Date),
        messageId: '<First-mail@localhost>',
        headers: expect.objectContaining({
          subject: 'First mail',
          'message-id': '<First-mail@localhost>',
        }),
      },
    ]);
  });

  it('keeps header fields by lower-case name, long ones unfolded', async () => {
    const url = `<https://forum.example/api/unsubscribe?token=${'a'.repeat(120)}.${'b'.repeat(43)}>`;
    await createTransport(catcher.smtpUrl).sendMail({
      from: 'community@localhost',
      to: 'cleo@example.com',
      subject: 'Headers',
      text: 'Hi',
      headers: { 'List-Unsubscribe': url, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    });

    const [mail] = catcher.messages();
    expect(mail?.headers['list-unsubscribe']).toBe(url);
    expect(mail?.headers['list-unsubscribe-post']).toBe('List-Unsubscribe=One-Click');
  });

  it('waits for a message that has not arrived yet, and finds one that has', async () => {
    const waiting = catcher.waitForMail((mail) => mail.to.includes('bert@example.com'));
    await send('someone@example.com', 'Not this one');
    await send('bert@example.com', 'For Bert');
    expect((await waiting).subject).toBe('For Bert');

    const again = await catcher.waitForMail((mail) => mail.subject === 'For Bert', 100);
    expect(again.to).toEqual(['bert@example.com']);
  });

  it('names what did arrive when the awaited mail does not', async () => {
    await send('carla@example.com', 'Something else');
    await expect(catcher.waitForMail((mail) => mail.subject === 'Never', 200)).rejects.toThrow(
      /No matching mail arrived within 200 ms; caught 1:\n {2}carla@example\.com: Something else/,
    );
  });

  it('serves the messages as JSON and as escaped pages', async () => {
    await send('dora@example.com', 'Older');
    await send('dora@example.com', '<script>alert(1)</script>', '<p onclick="x()">"Hi"</p>');

    const json = (await (await fetch(`${catcher.inboxUrl}/api/messages`)).json()) as Array<
      Omit<CaughtMail, 'date'> & { date: string }
    >;
    expect(json.map((mail) => mail.subject)).toEqual(['Older', '<script>alert(1)</script>']);
    expect(json[1]).toMatchObject({ to: ['dora@example.com'], html: '<p onclick="x()">"Hi"</p>' });

    const list = await fetch(`${catcher.inboxUrl}/`);
    expect(list.headers.get('content-security-policy')).toContain("default-src 'none'");
    const listHtml = await list.text();
    expect(listHtml).not.toContain('<script>');
    expect(listHtml.indexOf('&lt;script&gt;alert(1)&lt;/script&gt;')).toBeLessThan(
      listHtml.indexOf('Older'),
    );

    const newest = catcher.messages().at(-1) as CaughtMail;
    const detail = await (await fetch(`${catcher.inboxUrl}/messages/${newest.id}`)).text();
    expect(detail).toContain('http://localhost:4200/verify?token=abc');
    expect(detail).toContain(
      'sandbox="allow-popups allow-popups-to-escape-sandbox" srcdoc="&lt;base target=&quot;_blank&quot;&gt;&lt;p onclick=&quot;x()&quot;&gt;&quot;Hi&quot;&lt;/p&gt;"',
    );
    expect(detail).not.toContain('<script>');

    expect((await fetch(`${catcher.inboxUrl}/messages/999999`)).status).toBe(404);
    expect((await fetch(`${catcher.inboxUrl}/api/messages`, { method: 'POST' })).status).toBe(405);
  });

  it('keeps only the last 500 messages', async () => {
    const transport = createTransport({ url: catcher.smtpUrl, pool: true });
    for (let n = 1; n <= 502; n++) {
      await transport.sendMail({
        from: 'a@localhost',
        to: 'b@localhost',
        subject: `#${n}`,
        text: '.',
      });
    }
    transport.close();
    const subjects = catcher.messages().map((mail) => mail.subject);
    expect(subjects).toHaveLength(500);
    expect(subjects[0]).toBe('#3');
    expect(subjects.at(-1)).toBe('#502');
  });

  it('keeps as many messages as it is told to', async () => {
    const small = await startMailCatcher({ smtpPort: 0, keep: 2 });
    try {
      const transport = createTransport({ url: small.smtpUrl, pool: true });
      for (const subject of ['#1', '#2', '#3']) {
        await transport.sendMail({ from: 'a@localhost', to: 'b@localhost', subject, text: '.' });
      }
      transport.close();
      expect(small.messages().map((mail) => mail.subject)).toEqual(['#2', '#3']);
    } finally {
      await small.stop();
    }
  });
});
