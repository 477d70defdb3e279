/** Where the one-click POST of RFC 8058 goes: the API, under a path the web origin passes on. */
export const oneClickUnsubscribePath = '/api/unsubscribe';
/** The web page that shows what a link switches off. */
export const unsubscribePagePath = '/unsubscribe';
export const preferencesPagePath = '/settings/notifications';

export interface UnsubscribeLinks {
  /** For the visible link in the body. */
  page: string;
  preferences: string;
  headers: Record<string, string>;
}

/** The body link and the RFC 8058 header fields of one mail. */
export function unsubscribeLinks(webOrigin: string, token: string): UnsubscribeLinks {
  const page = new URL(unsubscribePagePath, webOrigin);
  page.searchParams.set('token', token);
  const oneClick = new URL(oneClickUnsubscribePath, webOrigin);
  oneClick.searchParams.set('token', token);
  return {
    page: page.toString(),
    preferences: new URL(preferencesPagePath, webOrigin).toString(),
    headers: {
      'List-Unsubscribe': `<${oneClick.toString()}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
