import { useMutation, useQuery } from '@forum/web/data-access-graphql';
import { signInPath } from '@forum/web/data-access-session';
import { Alert, Button, buttonClassName, Select, TextAreaField, TextField } from '@forum/web/ui';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { IdeaProductsQuery } from '../../graphql/IdeaProducts';
import { ProposeIdeaMutation } from '../../graphql/ProposeIdea';
import { SimilarIdeasQuery } from '../../graphql/SimilarIdeas';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useIdeaRoles } from '../../hooks/useIdeaRoles';
import { useIdeasTranslation } from '../../hooks/useIdeasTranslation';
import { IdeaStatusBadge } from '../common/IdeaStatusBadge';
import { IdeasPageTitle } from '../common/IdeasPageTitle';
import '../common/ideas.css';

/** `/ideas/new`: propose an idea, with similar ones suggested while the title is typed. */
export function ProposeIdea() {
  const { t } = useIdeasTranslation();
  const navigate = useNavigate();
  const { signedIn, loading } = useIdeaRoles();
  const [title, setTitle] = useState('');
  const [productId, setProductId] = useState('');
  const [description, setDescription] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [products] = useQuery({ query: IdeaProductsQuery });
  const typed = useDebouncedValue(title.trim());
  const [similar] = useQuery({
    query: SimilarIdeasQuery,
    variables: { title: typed, productId: productId || null },
    pause: typed.length < 3,
  });
  const [state, propose] = useMutation(ProposeIdeaMutation);

  if (!loading && !signedIn) {
    return (
      <section className="ideas-page">
        <IdeasPageTitle page={t('documentTitle.new')} />
        <h1>{t('propose.title')}</h1>
        <Link className={buttonClassName('primary')} to={signInPath('/ideas/new')}>
          {t('propose.signIn')}
        </Link>
      </section>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = title.trim();
    if (trimmed.length < 10 || trimmed.length > 150 || !productId) {
      setInvalid(true);
      return;
    }
    setInvalid(false);
    const result = await propose({ input: { title: trimmed, description, productId } });
    if (result.data) navigate(`/ideas/${result.data.proposeIdea.id}`);
  };

  const suggestions = typed.length >= 3 ? (similar.data?.similarIdeas ?? []) : [];
  return (
    <section className="ideas-page" aria-labelledby="propose-title">
      <IdeasPageTitle page={t('documentTitle.new')} />
      <h1 id="propose-title">{t('propose.title')}</h1>
      <p>{t('propose.lead')}</p>
      <form className="idea-panel" onSubmit={submit} noValidate>
        <TextField
          label={t('propose.ideaTitle')}
          hint={t('propose.titleHint')}
          value={title}
          maxLength={150}
          onChange={(event) => setTitle(event.target.value)}
        />
        {suggestions.length > 0 ? (
          <section aria-labelledby="similar-title" aria-live="polite">
            <h2 id="similar-title">{t('propose.similar')}</h2>
            <ul className="ideas-list">
              {suggestions.map((idea) => (
                <li key={idea.id} className="idea-row">
                  <span className="idea-row__votes">{t('votes', { count: idea.voteCount })}</span>
                  <span>
                    <Link to={`/ideas/${idea.id}`}>{idea.title}</Link>{' '}
                    <IdeaStatusBadge status={idea.status} />
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <Select
          label={t('propose.product')}
          value={productId}
          onChange={(event) => setProductId(event.target.value)}
          options={[
            { value: '', label: t('propose.chooseProduct') },
            ...(products.data?.products ?? []).map((p) => ({ value: p.id, label: p.name })),
          ]}
        />
        <TextAreaField
          label={t('propose.description')}
          hint={t('propose.descriptionHint')}
          value={description}
          maxLength={10000}
          rows={8}
          onChange={(event) => setDescription(event.target.value)}
        />
        {invalid ? <Alert tone="error">{t('propose.invalid')}</Alert> : null}
        {state.error ? <Alert tone="error">{t('propose.failed')}</Alert> : null}
        <Button type="submit" busy={state.fetching}>
          {t('propose.submit')}
        </Button>
      </form>
    </section>
  );
}
