import {
  useFragment,
  useQuery,
  type PeopleQueryVariables,
  type Role,
} from '@forum/web/data-access-graphql';
import { useTranslation } from '@forum/web/i18n';
import { Button, Select, TextField } from '@forum/web/ui';
import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { SignedInOnly } from '@forum/web/data-access-session';
import { OrganisationsQuery } from '../../graphql/Organisations';
import { PeopleQuery } from '../../graphql/People';
import { capabilitiesOf, ROLES, type Capabilities } from '../../utils/capabilities';
import { toForumError, networkFailure } from '../../utils/forumError';
import { ErrorAlert } from '../ErrorAlert';
import { NotAllowed } from '../NotAllowed';
import { PageTitle } from '../PageTitle';
import { AdminNav } from './AdminNav';
import { OrganisationFields } from './OrganisationRow';
import { PersonCard } from './PersonCard';
import './Admin.css';

export const PEOPLE_PAGE_SIZE = 20;

type Filters = Pick<PeopleQueryVariables, 'search' | 'role'>;

interface PageSummary {
  totalCount: number;
  endCursor?: string | null;
  hasNextPage: boolean;
}

/** People, for admins (everything) and moderators (suspensions only). */
export function PeopleAdmin() {
  const { t } = useTranslation('admin');
  return (
    <SignedInOnly returnTo="/admin/people" unreachable={<ErrorAlert error={networkFailure} />}>
      {(viewer) => {
        const capabilities = capabilitiesOf(viewer.role);
        return (
          <>
            <PageTitle page={t('documentTitle.people')} />
            {capabilities.viewPeople ? (
              <PeopleDirectory viewerId={viewer.id} capabilities={capabilities} />
            ) : (
              <NotAllowed />
            )}
          </>
        );
      }}
    </SignedInOnly>
  );
}

// Creating an organisation elsewhere should show up in the choice, even when there were none.
const organisationsContext = { additionalTypenames: ['Organisation'] };

function PeopleDirectory({
  viewerId,
  capabilities,
}: {
  viewerId: string;
  capabilities: Capabilities;
}) {
  const { t } = useTranslation('admin');
  const [search, setSearch] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [filters, setFilters] = useState<Filters>({});
  // One entry per page shown: null for the first, then each previous page's end cursor.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [summary, setSummary] = useState<PageSummary>();
  const [{ data: organisationData }] = useQuery({
    query: OrganisationsQuery,
    pause: !capabilities.setOrganisations,
    context: organisationsContext,
  });
  const organisations = useFragment(OrganisationFields, organisationData?.organisations ?? []);
  const onLastPage = useCallback((page: PageSummary) => setSummary(page), []);

  const onSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFilters({ search: search.trim() || undefined, role: role || undefined });
    setCursors([null]);
    setSummary(undefined);
  };

  const nextCursor = summary?.hasNextPage ? summary.endCursor : undefined;
  return (
    <div className="forum-admin">
      <AdminNav capabilities={capabilities} />
      <div className="forum-admin__intro">
        <h1 className="forum-admin__title">{t('people.title')}</h1>
        <p>{capabilities.changeRoles ? t('people.lead') : t('people.leadModerator')}</p>
      </div>
      <form className="forum-admin__filters" role="search" onSubmit={onSearch}>
        <TextField
          label={t('people.search')}
          type="search"
          name="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <Select
          label={t('people.role')}
          name="role"
          value={role}
          options={[
            { value: '', label: t('people.allRoles') },
            ...ROLES.map((value) => ({ value, label: t(`roles.${value}`) })),
          ]}
          onChange={(event) => setRole(ROLES.find((value) => value === event.target.value) ?? '')}
        />
        <Button type="submit">{t('people.filter')}</Button>
      </form>
      <p className="forum-admin__count" role="status">
        {summary ? t('people.count', { count: summary.totalCount }) : null}
      </p>
      {summary?.totalCount === 0 ? <p>{t('people.empty')}</p> : null}
      <ul className="forum-admin__people">
        {cursors.map((after, index) => (
          <PeoplePage
            key={after ?? 'first'}
            variables={{ ...filters, first: PEOPLE_PAGE_SIZE, after }}
            onLoaded={index === cursors.length - 1 ? onLastPage : undefined}
            viewerId={viewerId}
            capabilities={capabilities}
            organisations={organisations}
          />
        ))}
      </ul>
      {nextCursor && !cursors.includes(nextCursor) ? (
        <div className="forum-admin__more">
          <Button variant="secondary" onClick={() => setCursors([...cursors, nextCursor])}>
            {t('people.loadMore')}
          </Button>
        </div>
      ) : null}
    </div>
  );
}

interface PeoplePageProps {
  variables: PeopleQueryVariables;
  onLoaded?: (page: PageSummary) => void;
  viewerId: string;
  capabilities: Capabilities;
  organisations: readonly { id: string; name: string }[];
}

/**
 * One page of the list with its own query, so a change to anyone refreshes the pages already
 * shown (the document cache refetches every query that holds a User).
 */
function PeoplePage({ variables, onLoaded, ...cardProps }: PeoplePageProps) {
  const { t } = useTranslation();
  const [{ data, fetching, error }] = useQuery({ query: PeopleQuery, variables });
  const users = data?.users;

  // The last page tells the list how many there are and where to continue, for "Show more".
  useEffect(() => {
    if (!users || !onLoaded) return;
    onLoaded({
      totalCount: users.totalCount,
      endCursor: users.pageInfo.endCursor,
      hasNextPage: users.pageInfo.hasNextPage,
    });
  }, [users, onLoaded]);

  if (!users) {
    return error ? (
      <li>
        <ErrorAlert error={toForumError(error)} />
      </li>
    ) : fetching ? (
      <li role="status">{t('loading')}</li>
    ) : null;
  }
  return users.edges.map((edge) => (
    <PersonCard key={edge.cursor} person={edge.node} {...cardProps} />
  ));
}
