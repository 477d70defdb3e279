import { useQuery } from '@forum/web/data-access-graphql';
import { Alert } from '@forum/web/ui';
import { Link } from 'react-router';
import { IdeaRoadmapQuery } from '../../graphql/IdeaRoadmap';
import { useIdeasTranslation } from '../../hooks/useIdeasTranslation';
import { IdeaRow } from '../board/IdeaRow';
import { IdeasPageTitle } from '../common/IdeasPageTitle';
import '../common/ideas.css';

const columns = [
  ['planned', 'PLANNED'],
  ['inProgress', 'IN_PROGRESS'],
  ['shipped', 'SHIPPED'],
] as const;

/** `/ideas/roadmap`: planned, in-progress and shipped ideas side by side. */
export function IdeaRoadmap() {
  const { t } = useIdeasTranslation();
  const [{ data, error }] = useQuery({ query: IdeaRoadmapQuery });
  return (
    <section className="ideas-page" aria-labelledby="roadmap-title">
      <IdeasPageTitle page={t('documentTitle.roadmap')} />
      <header className="ideas-page__header">
        <div>
          <h1 id="roadmap-title">{t('roadmap.title')}</h1>
          <p>{t('roadmap.lead')}</p>
        </div>
        <Link to="/ideas">{t('roadmap.back')}</Link>
      </header>
      {error && !data ? <Alert tone="error">{t('failed')}</Alert> : null}
      {!data && !error ? <p role="status">{t('loading')}</p> : null}
      {data ? (
        <div className="roadmap">
          {columns.map(([key, status]) => (
            <section key={key} className="roadmap__column" aria-labelledby={`roadmap-${key}`}>
              <h2 id={`roadmap-${key}`}>{t(`status.${status}`)}</h2>
              {data.ideaRoadmap[key].length === 0 ? <p>{t('roadmap.empty')}</p> : null}
              <ul className="ideas-list">
                {data.ideaRoadmap[key].map((idea) => (
                  <IdeaRow key={idea.id} idea={idea} />
                ))}
              </ul>
            </section>
          ))}
        </div>
      ) : null}
    </section>
  );
}
