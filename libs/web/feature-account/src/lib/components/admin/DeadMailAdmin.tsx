import {
  useMutation,
  useQuery,
  type DeadMailQuery as DeadMailQueryResult,
} from '@forum/web/data-access-graphql';
import { SignedInOnly } from '@forum/web/data-access-session';
import { useFormatters, useTranslation } from '@forum/web/i18n';
import { Alert, Button } from '@forum/web/ui';
import { useId, useState } from 'react';
import { DeadMailQuery } from '../../graphql/DeadMail';
import { ResendDeadMailMutation } from '../../graphql/ResendDeadMail';
import { capabilitiesOf, type Capabilities } from '../../utils/capabilities';
import { networkFailure, toForumError } from '../../utils/forumError';
import { ErrorAlert } from '../ErrorAlert';
import { NotAllowed } from '../NotAllowed';
import { PageTitle } from '../PageTitle';
import { AdminNav } from './AdminNav';
import './Admin.css';

/** Letters per page; "Resend all" takes the resendable ones of the page shown. */
export const DEAD_MAIL_PAGE_SIZE = 50;

type Letter = DeadMailQueryResult['deadMail']['edges'][number]['node'];

/**
 * Mail the SMTP server never accepted within the retry window, for admins to resend once the
 * cause is fixed. What a mail says is never shown: its links may be secret.
 */
export function DeadMailAdmin() {
  const { t } = useTranslation('admin');
  return (
    <SignedInOnly returnTo="/admin/mail" unreachable={<ErrorAlert error={networkFailure} />}>
      {(viewer) => {
        const capabilities = capabilitiesOf(viewer.role);
        return (
          <>
            <PageTitle page={t('documentTitle.deadMail')} />
            {capabilities.resendDeadMail ? (
              <DeadLetters capabilities={capabilities} />
            ) : (
              <NotAllowed />
            )}
          </>
        );
      }}
    </SignedInOnly>
  );
}

function DeadLetters({ capabilities }: { capabilities: Capabilities }) {
  const { t } = useTranslation('admin');
  // The pages before the one shown, by the cursor each starts after; the first starts after null.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const after = cursors.at(-1) ?? null;
  const [{ data, error }] = useQuery({
    query: DeadMailQuery,
    variables: { first: DEAD_MAIL_PAGE_SIZE, after },
  });
  const [{ fetching, error: resendError }, resend] = useMutation(ResendDeadMailMutation);
  const [resentCount, setResentCount] = useState<number>();
  const captionId = useId();
  const page = data?.deadMail;
  const letters = page?.edges.map((edge) => edge.node) ?? [];
  const resendable = letters.filter((letter) => letter.resendable);

  const resendLetters = async (ids: string[]) => {
    setResentCount(undefined);
    const result = await resend({ input: { ids } });
    if (result.data) {
      setResentCount(result.data.resendDeadMail.resent.length);
      // Resent letters leave the list; start again at its first page.
      setCursors([null]);
    }
  };

  return (
    <div className="forum-admin">
      <AdminNav capabilities={capabilities} />
      <div className="forum-admin__intro">
        <h1 className="forum-admin__title">{t('deadMail.title')}</h1>
        <p>{t('deadMail.lead')}</p>
      </div>
      <ErrorAlert error={data ? undefined : toForumError(error)} />
      <ErrorAlert error={toForumError(resendError)} />
      {resentCount !== undefined ? (
        <Alert tone="success" title={t('deadMail.resent', { count: resentCount })} />
      ) : null}
      <p className="forum-admin__count" role="status">
        {page
          ? page.totalCount === 0
            ? t('deadMail.empty')
            : t('deadMail.count', { count: page.totalCount })
          : null}
      </p>
      {resendable.length > 0 ? (
        <div className="forum-admin__more">
          <Button
            busy={fetching}
            onClick={() => void resendLetters(resendable.map((letter) => letter.id))}
          >
            {t('deadMail.resendAll', { count: resendable.length })}
          </Button>
        </div>
      ) : null}
      {letters.length > 0 ? (
        <div
          className="forum-admin__table-scroll"
          role="region"
          aria-labelledby={captionId}
          tabIndex={0}
        >
          <table className="forum-admin__table">
            <caption id={captionId}>{t('deadMail.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('deadMail.recipient')}</th>
                <th scope="col">{t('deadMail.mail')}</th>
                <th scope="col" className="forum-admin__number">
                  {t('deadMail.attempts')}
                </th>
                <th scope="col">{t('deadMail.givenUp')}</th>
                <th scope="col">{t('deadMail.lastError')}</th>
                <th scope="col">{t('deadMail.action')}</th>
              </tr>
            </thead>
            <tbody>
              {letters.map((letter) => (
                <LetterRow
                  key={letter.id}
                  letter={letter}
                  busy={fetching}
                  onResend={() => void resendLetters([letter.id])}
                />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <div className="forum-admin__more">
        {cursors.length > 1 ? (
          <Button variant="secondary" onClick={() => setCursors(cursors.slice(0, -1))}>
            {t('deadMail.previous')}
          </Button>
        ) : null}
        {page?.pageInfo.hasNextPage && page.pageInfo.endCursor ? (
          <Button
            variant="secondary"
            onClick={() => setCursors([...cursors, page.pageInfo.endCursor ?? null])}
          >
            {t('deadMail.next')}
          </Button>
        ) : null}
      </div>
    </div>
  );
}

function LetterRow({
  letter,
  busy,
  onResend,
}: {
  letter: Letter;
  busy: boolean;
  onResend: () => void;
}) {
  const { t } = useTranslation('admin');
  const format = useFormatters();
  return (
    <tr>
      <td>{letter.recipient}</td>
      <td>
        {t(`deadMail.templates.${letter.template}`, { defaultValue: letter.template })}
        <span className="forum-audit__id">
          {' '}
          {t(`deadMail.classes.${letter.mailClass}`, { defaultValue: letter.mailClass })} ·{' '}
          {letter.locale.toUpperCase()}
        </span>
      </td>
      <td className="forum-admin__number">{format.number(letter.attempts)}</td>
      <td>
        <time dateTime={letter.lastAttemptAt}>{format.dateTime(letter.lastAttemptAt)}</time>
      </td>
      <td>
        <code>{letter.lastError}</code>
      </td>
      <td>
        {letter.resendable ? (
          <Button
            variant="secondary"
            busy={busy}
            aria-label={t('deadMail.resendTo', { recipient: letter.recipient })}
            onClick={onResend}
          >
            {t('deadMail.resend')}
          </Button>
        ) : (
          t('deadMail.needsNewLink')
        )}
      </td>
    </tr>
  );
}
