import { SolvedCheckErrorReason } from '@forum/shared/domain';
import {
  readGraphqlError,
  useMutation,
  useQuery,
  type CombinedError,
  type SolvedCheckAction,
  type SolvedCheckQuery as SolvedCheckResult,
} from '@forum/web/data-access-graphql';
import { Alert, Button, MessagePanel } from '@forum/web/ui';
import { useTranslation } from '@forum/web/i18n';
import { type ReactNode, useEffect, useRef } from 'react';
import { Link } from 'react-router';
import { RespondToSolvedCheckMutation, SolvedCheckQuery } from './SolvedCheck.graphql';
import { useSolvedCheckTranslation } from './useSolvedCheckTranslation';
import './SolvedCheck.css';

const reasons = Object.values(SolvedCheckErrorReason);

/** What a link may ask the page to do as soon as it has loaded. */
export type SolvedCheckLinkAction = 'accept' | 'not_solved' | 'stop';

export interface SolvedCheckProps {
  /** The token from the reminder's link; absent when the page was opened without one. */
  token?: string | null;
  /** From the e-mail's one-click links: performed once after the page has loaded. */
  action?: string | null;
  /** The answer to accept, with `action=accept`. */
  answerId?: string | null;
}

type Check = SolvedCheckResult['solvedCheck'];

const linkActions: Record<SolvedCheckLinkAction, SolvedCheckAction> = {
  accept: 'ACCEPT',
  not_solved: 'NOT_SOLVED',
  stop: 'STOP',
};

/**
 * "Is your question solved?": the asker's question with its answers, one button per answer,
 * "still not solved" and "stop asking". The reminder's signed token stands in for signing in.
 * A link from the e-mail names its choice, and the page makes it once, right after loading.
 */
export function SolvedCheck({ token, action, answerId }: SolvedCheckProps) {
  const { t } = useSolvedCheckTranslation();
  const [{ data, fetching, error }] = useQuery({
    query: SolvedCheckQuery,
    variables: { token: token ?? '' },
    pause: !token,
    requestPolicy: 'network-only',
  });
  const [done, respond] = useMutation(RespondToSolvedCheckMutation);
  const performed = useRef(false);

  const check: Check | undefined = done.data?.respondToSolvedCheck ?? data?.solvedCheck;
  const linkAction = linkActions[action as SolvedCheckLinkAction] as SolvedCheckAction | undefined;

  useEffect(() => {
    if (!token || !data?.solvedCheck || !linkAction || performed.current) return;
    performed.current = true;
    void respond({
      input: { token, action: linkAction, answerId: linkAction === 'ACCEPT' ? answerId : null },
    });
  }, [token, data, linkAction, answerId, respond]);

  if (!token) {
    return (
      <Page title={t('title')}>
        <MessagePanel title={t('title')}>
          <p>{t('missing')}</p>
        </MessagePanel>
      </Page>
    );
  }

  const loadFailure = failureOf(error);
  if (loadFailure) {
    return (
      <Page title={t('title')}>
        <MessagePanel title={t('title')}>
          <Alert tone="error">{t(`errors.${loadFailure}`)}</Alert>
        </MessagePanel>
      </Page>
    );
  }
  if (fetching || !check) {
    return (
      <Page title={t('title')}>
        <p role="status">{t('loading')}</p>
      </Page>
    );
  }

  const respondFailure = failureOf(done.error);
  const questionPath = `/questions/${check.questionId}/${check.questionSlug}`;
  const answer = (choice: SolvedCheckAction, chosenAnswer?: string) =>
    void respond({ input: { token, action: choice, answerId: chosenAnswer ?? null } });

  return (
    <Page title={t('title')}>
      <h1>{t('title')}</h1>
      {done.fetching ? <p role="status">{t('working')}</p> : null}
      {respondFailure ? <Alert tone="error">{t(`errors.${respondFailure}`)}</Alert> : null}
      {check.response ? (
        <Alert tone="success">
          {t(`done.${check.response.toLowerCase() as 'accepted' | 'not_solved' | 'stopped'}`)}{' '}
          <Link to={questionPath}>{t('openQuestion')}</Link>
        </Alert>
      ) : null}
      {check.closed ? <Alert tone="info">{t('closed')}</Alert> : null}
      <p className="solved-check__lead">
        {t('lead', { title: check.questionTitle })}{' '}
        {check.response ? null : <Link to={questionPath}>{t('openQuestion')}</Link>}
      </p>
      <section aria-labelledby="solved-check-answers">
        <h2 id="solved-check-answers">{t('answers')}</h2>
        {check.answers.length === 0 ? <p>{t('noAnswers')}</p> : null}
        <ul className="solved-check__answers">
          {check.answers.map((item) => {
            const name = item.authorName ?? t('formerMember');
            return (
              <li key={item.id} className="solved-check__answer">
                <h3>{t('answerBy', { name })}</h3>
                <blockquote>{item.excerpt}</blockquote>
                {check.acceptedAnswerId === item.id ? (
                  <p className="solved-check__accepted">{t('accepted')}</p>
                ) : check.closed ? null : (
                  <Button
                    type="button"
                    busy={done.fetching}
                    aria-label={t('acceptLabel', { name })}
                    onClick={() => answer('ACCEPT', item.id)}
                  >
                    {t('accept')}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      </section>
      {check.closed ? null : (
        <div className="solved-check__others">
          <p>{t('notSolvedLead')}</p>
          <Button
            type="button"
            variant="secondary"
            busy={done.fetching}
            onClick={() => answer('NOT_SOLVED')}
          >
            {t('notSolved')}
          </Button>
          <Button type="button" variant="quiet" busy={done.fetching} onClick={() => answer('STOP')}>
            {t('stop')}
          </Button>
        </div>
      )}
    </Page>
  );
}

function failureOf(error: CombinedError | undefined) {
  if (!error) return undefined;
  const reason = readGraphqlError(error, reasons)?.reason;
  return reasons.find((known) => known === reason) ?? 'other';
}

function Page({ title, children }: { title: string; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="solved-check">
      <title>{t('documentTitle', { page: title, product: t('productName') })}</title>
      {children}
    </div>
  );
}
