import type { Locale } from '@forum/shared/domain';

/**
 * What a template says, as plain strings. Templates never write markup: the layout escapes every
 * value on its way into the HTML part, so a display name cannot inject anything.
 */
export type MailBlock =
  | { kind: 'text'; text: string }
  | { kind: 'action'; label: string; url: string }
  | { kind: 'quote'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'links'; items: Array<{ label: string; url: string; note?: string }> }
  | { kind: 'small-link'; text: string; label: string; url: string };

export interface MailContent {
  subject: string;
  blocks: MailBlock[];
}

/** One template: its words in every language the community speaks. */
export type MailTemplate<Data> = Record<Locale, (data: Data) => MailContent>;

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

export const text = (value: string): MailBlock => ({ kind: 'text', text: value });
export const action = (label: string, url: string): MailBlock => ({ kind: 'action', label, url });
/** A short title above a group of blocks, e.g. one kind of news in a digest. */
export const heading = (value: string): MailBlock => ({ kind: 'heading', text: value });
/** Several links in a list, each with an optional note (who, when) after it. */
export const links = (items: Array<{ label: string; url: string; note?: string }>): MailBlock => ({
  kind: 'links',
  items,
});
/** A link in small print, e.g. to unsubscribe. */
export const smallLink = (value: string, label: string, url: string): MailBlock => ({
  kind: 'small-link',
  text: value,
  label,
  url,
});
/** Words of someone else, e.g. a moderator's reason; line breaks are kept. */
export const quote = (value: string): MailBlock => ({ kind: 'quote', text: value });

const chrome: Record<Locale, { footer: string; linkFallback: string }> = {
  en: {
    footer: 'This is an automatic message from the Customer Community about your account.',
    linkFallback: 'If the button does not work, copy this address into your browser:',
  },
  de: {
    footer: 'Dies ist eine automatische Nachricht der Kunden-Community zu Ihrem Konto.',
    linkFallback:
      'Falls die Schaltfläche nicht funktioniert, kopieren Sie diese Adresse in Ihren Browser:',
  },
};

const htmlEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => htmlEscapes[character] ?? character);
}

function assertWebLink(url: string): void {
  // A link is built by the caller from WEB_ORIGIN; anything else (javascript:, a relative path)
  // is a bug that must not reach an inbox.
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) {
    throw new Error(`A mail link must be an absolute http(s) URL, got "${url}"`);
  }
}

export function renderLayout(locale: Locale, content: MailContent): RenderedMail {
  for (const block of content.blocks) {
    if (block.kind === 'action' || block.kind === 'small-link') assertWebLink(block.url);
    if (block.kind === 'links') for (const item of block.items) assertWebLink(item.url);
  }
  return {
    subject: content.subject,
    text: renderText(locale, content),
    html: renderHtml(locale, content),
  };
}

function renderText(locale: Locale, { blocks }: MailContent): string {
  const parts = blocks.map((block) => {
    switch (block.kind) {
      case 'text':
        return block.text;
      case 'action':
        return `${block.label}:\n${block.url}`;
      case 'quote':
        return block.text
          .split('\n')
          .map((line) => `> ${line}`)
          .join('\n');
      case 'heading':
        return block.text.toUpperCase();
      case 'links':
        return block.items
          .map((item) => `- ${item.label}${item.note ? ` (${item.note})` : ''}\n  ${item.url}`)
          .join('\n');
      case 'small-link':
        return `${block.text} ${block.label}:\n${block.url}`;
    }
  });
  // "-- " (with the space) is the signature separator mail clients recognise.
  return `${parts.join('\n\n')}\n\n-- \n${chrome[locale].footer}\n`;
}

const style = {
  body: 'margin:0;padding:24px 12px;background-color:#f4f4f5;',
  card:
    'max-width:560px;margin:0 auto;padding:32px 24px;background-color:#ffffff;border-radius:8px;' +
    "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:16px;" +
    'line-height:1.5;color:#18181b;',
  paragraph: 'margin:0 0 16px;',
  buttonRow: 'margin:24px 0 8px;',
  button:
    'display:inline-block;padding:12px 20px;border-radius:6px;background-color:#1d4ed8;' +
    'color:#ffffff;font-weight:600;text-decoration:none;',
  small: 'margin:0 0 16px;font-size:14px;color:#52525b;',
  link: 'color:#1d4ed8;word-break:break-all;',
  quote:
    'margin:0 0 16px;padding:8px 16px;border-left:4px solid #a1a1aa;background-color:#f4f4f5;' +
    'white-space:pre-line;',
  heading: 'margin:24px 0 8px;font-size:18px;line-height:1.3;',
  list: 'margin:0 0 16px;padding-left:20px;',
  listItem: 'margin:0 0 8px;',
  note: 'font-size:14px;color:#52525b;',
  rule: 'border:none;border-top:1px solid #e4e4e7;margin:32px 0 16px;',
};

function renderHtml(locale: Locale, { subject, blocks }: MailContent): string {
  const e = escapeHtml;
  const body = blocks.map((block) => {
    switch (block.kind) {
      case 'text':
        return `<p style="${style.paragraph}">${e(block.text)}</p>`;
      case 'action':
        return (
          `<p style="${style.buttonRow}"><a href="${e(block.url)}" style="${style.button}">${e(block.label)}</a></p>\n` +
          `<p style="${style.small}">${e(chrome[locale].linkFallback)}<br>` +
          `<a href="${e(block.url)}" style="${style.link}">${e(block.url)}</a></p>`
        );
      case 'quote':
        return `<blockquote style="${style.quote}">${e(block.text)}</blockquote>`;
      case 'heading':
        return `<h2 style="${style.heading}">${e(block.text)}</h2>`;
      case 'links':
        return `<ul style="${style.list}">\n${block.items
          .map(
            (item) =>
              `<li style="${style.listItem}"><a href="${e(item.url)}" style="${style.link}">${e(item.label)}</a>` +
              (item.note ? ` <span style="${style.note}">${e(item.note)}</span>` : '') +
              '</li>',
          )
          .join('\n')}\n</ul>`;
      case 'small-link':
        return `<p style="${style.small}">${e(block.text)} <a href="${e(block.url)}" style="${style.link}">${e(block.label)}</a></p>`;
    }
  });
  return `<!DOCTYPE html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${e(subject)}</title>
</head>
<body style="${style.body}">
<div role="article" aria-label="${e(subject)}" lang="${locale}" style="${style.card}">
${body.join('\n')}
<hr style="${style.rule}">
<p style="${style.small}">${e(chrome[locale].footer)}</p>
</div>
</body>
</html>
`;
}
