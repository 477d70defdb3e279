import { useMutation, useQuery } from '@forum/web/data-access-graphql';
import { useFormatters } from '@forum/web/i18n';
import { Alert, Button, MarkdownView, StaffBadge, TextAreaField } from '@forum/web/ui';
import { type FormEvent, useState } from 'react';
import { Link, Navigate } from 'react-router';
import { AddIdeaCommentMutation } from '../../graphql/AddIdeaComment';
import { IdeaDetailQuery } from '../../graphql/IdeaDetail';
import { useIdeaRoles } from '../../hooks/useIdeaRoles';
import { useIdeasTranslation } from '../../hooks/useIdeasTranslation';
import { IdeaStatusBadge } from '../common/IdeaStatusBadge';
import { IdeasPageTitle } from '../common/IdeasPageTitle';
import { LinkQuestionPanel } from '../curate/LinkQuestionPanel';
import { MergeIdeaPanel } from '../curate/MergeIdeaPanel';
import { OrganisationVotePanel } from '../curate/OrganisationVotePanel';
import { IdeaFlag } from './IdeaFlag';
import { IdeaFollow } from './IdeaFollow';
import { IdeaManagePanel } from './IdeaManagePanel';
import { IdeaNotes } from './IdeaNotes';
import { IdeaVotePanel } from './IdeaVotePanel';
import '../common/ideas.css';

export interface IdeaPageProps {
  id: string;
}

/** `/ideas/:id`: the idea, its votes, status history, evidence and comments. */
export function IdeaPage({ id }: IdeaPageProps) {
  const { t } = useIdeasTranslation();
  const { date } = useFormatters();
  const { viewer, signedIn, isStaff, managesIdeas, curatesIdeas } = useIdeaRoles();
  const [{ data, error, fetching }, refetch] = useQuery({
    query: IdeaDetailQuery,
    variables: { id },
  });
  const [commentState, addComment] = useMutation(AddIdeaCommentMutation);
  const [comment, setComment] = useState('');

  if (error && !data) return <Alert tone="error">{t('failed')}</Alert>;
  if (!data) return fetching ? <p role="status">{t('loading')}</p> : null;
  const idea = data.idea;
  if (!idea) {
    return (
      <section className="ideas-page">
        <IdeasPageTitle page={t('documentTitle.notFound')} />
        <h1>{t('documentTitle.notFound')}</h1>
        <p>{t('page.notFound')}</p>
        <Link to="/ideas">{t('roadmap.back')}</Link>
      </section>
    );
  }
  if (idea.mergedInto) return <Navigate to={`/ideas/${idea.mergedInto.id}`} replace />;

  const submitComment = async (event: FormEvent) => {
    event.preventDefault();
    const result = await addComment({ input: { ideaId: id, body: comment } });
    if (result.data) {
      setComment('');
      refetch({ requestPolicy: 'network-only' });
    }
  };

  return (
    <article className="ideas-page" aria-labelledby="idea-title">
      <IdeasPageTitle page={idea.title} />
      <header>
        <p>
          <Link to="/ideas">{t('roadmap.back')}</Link> · {idea.product.name}
        </p>
        <h1 id="idea-title">{idea.title}</h1>
        <p className="idea-row__meta">
          <IdeaStatusBadge status={idea.status} />
          <span>{t('page.proposedBy', { name: idea.author.displayName })}</span>
          <span>{date(idea.createdAt)}</span>
        </p>
        <IdeaFlag viewerId={viewer?.id ?? null} authorId={idea.author.id} ideaId={idea.id} />
        <IdeaFollow
          ideaId={idea.id}
          viewerFollows={idea.viewerFollows}
          followerCount={idea.followerCount}
          signedIn={signedIn}
        />
      </header>
      <MarkdownView source={idea.description} />
      <IdeaVotePanel
        ideaId={idea.id}
        voteCount={idea.voteCount}
        signedIn={signedIn}
        viewerVote={idea.viewerVote}
      />
      {idea.organisationCount > 0 ? (
        <p>{t('page.organisations', { count: idea.organisationCount })}</p>
      ) : null}
      {managesIdeas ? <IdeaManagePanel ideaId={idea.id} status={idea.status} /> : null}
      {/* Organisations are listed for product managers and admins only. */}
      {managesIdeas ? <OrganisationVotePanel ideaId={idea.id} /> : null}
      {managesIdeas ? <MergeIdeaPanel ideaId={idea.id} /> : null}
      <section aria-labelledby="history-title">
        <h2 id="history-title">{t('page.history')}</h2>
        {idea.statusHistory.length === 0 ? <p>{t('page.noHistory')}</p> : null}
        <ol className="idea-history">
          {idea.statusHistory.map((change) => (
            <li key={change.id}>
              <p>
                <strong>
                  {t('page.changedBy', {
                    status: t(`status.${change.toStatus}`),
                    name: change.changedBy?.displayName ?? '',
                  })}
                </strong>{' '}
                · {date(change.createdAt)}
              </p>
              <MarkdownView source={change.message} />
            </li>
          ))}
        </ol>
      </section>
      {curatesIdeas ? (
        <LinkQuestionPanel
          ideaId={idea.id}
          askerCount={idea.askerCount}
          linkedQuestions={idea.linkedQuestions}
        />
      ) : idea.linkedQuestions.length > 0 ? (
        <section aria-labelledby="questions-title">
          <h2 id="questions-title">{t('page.questions')}</h2>
          <p>{t('page.askers', { count: idea.askerCount })}</p>
          <ul>
            {idea.linkedQuestions.map((question) => (
              <li key={question.id}>
                <Link to={`/questions/${question.id}/${question.slug}`}>{question.title}</Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="comments-title">
        <h2 id="comments-title">{t('page.comments')}</h2>
        {idea.comments.length === 0 ? <p>{t('page.noComments')}</p> : null}
        <ul className="idea-history">
          {idea.comments.map((entry) => (
            <li key={entry.id}>
              <p>
                {entry.author?.isStaff ? (
                  <StaffBadge name={entry.author.displayName} staffLabel={t('page.staff')} />
                ) : (
                  <strong>{entry.author?.displayName}</strong>
                )}{' '}
                · {date(entry.createdAt)}
              </p>
              <MarkdownView source={entry.body} />
            </li>
          ))}
        </ul>
        {signedIn ? (
          <form onSubmit={submitComment}>
            <TextAreaField
              label={t('page.comment')}
              value={comment}
              required
              minLength={2}
              maxLength={5000}
              rows={3}
              onChange={(event) => setComment(event.target.value)}
            />
            <Button type="submit" busy={commentState.fetching}>
              {t('page.addComment')}
            </Button>
          </form>
        ) : (
          <p>{t('page.signInToComment')}</p>
        )}
      </section>
      {isStaff ? <IdeaNotes ideaId={idea.id} /> : null}
    </article>
  );
}
