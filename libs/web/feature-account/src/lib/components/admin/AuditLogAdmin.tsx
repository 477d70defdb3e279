import {
  useQuery,
  type AuditAction,
  type AuditLogFilter,
  type AuditLogQuery as AuditLogQueryResult,
  type AuditTargetType,
} from '@forum/web/data-access-graphql';
import { useFormatters, useTranslation } from '@forum/web/i18n';
import { Button, buttonClassName, Select, TextField } from '@forum/web/ui';
import { SignedInOnly } from '@forum/web/data-access-session';
import { auditActions } from '@forum/shared/domain';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { AuditLogQuery } from '../../graphql/AuditLog';
import { capabilitiesOf, type Capabilities } from '../../utils/capabilities';
import { networkFailure, toForumError } from '../../utils/forumError';
import { ErrorAlert } from '../ErrorAlert';
import { NotAllowed } from '../NotAllowed';
import { PageTitle } from '../PageTitle';
import { AdminNav } from './AdminNav';
import './Admin.css';

export const AUDIT_PAGE_SIZE = 50;

/** `user.role_changed` as the GraphQL enum names it: `USER_ROLE_CHANGED`. */
export function auditActionName(value: string): AuditAction {
  return value.replace(/\./g, '_').toUpperCase() as AuditAction;
}

/** Every action, in the shared list's order (by area), for the filter. */
export const AUDIT_ACTIONS: readonly AuditAction[] = auditActions.map(auditActionName);

export const AUDIT_TARGET_TYPES: readonly AuditTargetType[] = [
  'USER',
  'QUESTION',
  'ANSWER',
  'COMMENT',
  'IDEA',
  'IDEA_COMMENT',
  'TAG',
  'PRODUCT',
  'ORGANISATION',
  'SETTINGS',
];

/** The filters as the URL keeps them, so a filtered view can be linked and reloaded. */
export interface AuditFilters {
  actor: string;
  action: AuditAction | '';
  targetType: AuditTargetType | '';
  target: string;
  /** Days, `YYYY-MM-DD`, in UTC; both inclusive. */
  from: string;
  to: string;
}

const emptyFilters: AuditFilters = {
  actor: '',
  action: '',
  targetType: '',
  target: '',
  from: '',
  to: '',
};

const day = /^\d{4}-\d{2}-\d{2}$/;

function filtersFrom(params: URLSearchParams): AuditFilters {
  const action = AUDIT_ACTIONS.find((value) => value === params.get('action')) ?? '';
  const targetType = AUDIT_TARGET_TYPES.find((value) => value === params.get('targetType')) ?? '';
  const dayParam = (name: string) => {
    const value = params.get(name) ?? '';
    return day.test(value) ? value : '';
  };
  return {
    actor: params.get('actor')?.trim() ?? '',
    action,
    targetType,
    target: params.get('target')?.trim() ?? '',
    from: dayParam('from'),
    to: dayParam('to'),
  };
}

function paramsOf(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) if (value) params.set(key, value);
  return params;
}

/** The day after a `YYYY-MM-DD` day, as the instant it starts (UTC): `to` includes its day. */
function dayAfter(value: string): string {
  const date = new Date(`${value}T00:00:00.000Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString();
}

/** The filter the query and the CSV export take. */
export function queryFilterOf(filters: AuditFilters): AuditLogFilter {
  return {
    actorId: filters.actor || undefined,
    action: filters.action ? [filters.action] : undefined,
    targetType: filters.targetType || undefined,
    targetId: filters.target || undefined,
    from: filters.from ? `${filters.from}T00:00:00.000Z` : undefined,
    to: filters.to ? dayAfter(filters.to) : undefined,
  };
}

/** `GET /exports/audit.csv` with the same filters as the page. */
export function csvHref(filters: AuditFilters): string {
  const filter = queryFilterOf(filters);
  const params = new URLSearchParams();
  if (filters.actor) params.set('actorId', filters.actor);
  if (filters.action) params.set('action', filters.action);
  if (filters.targetType) params.set('targetType', filters.targetType);
  if (filters.target) params.set('targetId', filters.target);
  if (filter.from) params.set('from', String(filter.from));
  if (filter.to) params.set('to', String(filter.to));
  const query = params.toString();
  return `/exports/audit.csv${query ? `?${query}` : ''}`;
}

/** What staff did: every recorded action, filtered, with a CSV download. Admins. */
export function AuditLogAdmin() {
  const { t } = useTranslation('admin');
  return (
    <SignedInOnly returnTo="/admin/audit" unreachable={<ErrorAlert error={networkFailure} />}>
      {(viewer) => {
        const capabilities = capabilitiesOf(viewer.role);
        return (
          <>
            <PageTitle page={t('audit.title')} />
            {capabilities.viewAuditLog ? <AuditLog capabilities={capabilities} /> : <NotAllowed />}
          </>
        );
      }}
    </SignedInOnly>
  );
}

interface PageSummary {
  totalCount: number;
  endCursor?: string | null;
  hasNextPage: boolean;
}

function AuditLog({ capabilities }: { capabilities: Capabilities }) {
  const { t } = useTranslation('admin');
  const [params, setParams] = useSearchParams();
  const filters = filtersFrom(params);
  const filterKey = paramsOf(filters).toString();
  return (
    <div className="forum-admin">
      <AdminNav capabilities={capabilities} />
      <div className="forum-admin__intro">
        <h1 className="forum-admin__title">{t('audit.title')}</h1>
        <p>{t('audit.lead')}</p>
      </div>
      {/* Keyed by the filters: a new address (a link in the table, back and forward) refills
          the form and starts the list again at its first page. */}
      <AuditFilterForm
        key={`form:${filterKey}`}
        filters={filters}
        onApply={(next) => setParams(paramsOf(next))}
      />
      <AuditEntries key={filterKey} filter={queryFilterOf(filters)} />
    </div>
  );
}

function AuditFilterForm({
  filters,
  onApply,
}: {
  filters: AuditFilters;
  onApply: (filters: AuditFilters) => void;
}) {
  const { t } = useTranslation('admin');
  const [draft, setDraft] = useState<AuditFilters>(filters);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onApply({ ...draft, actor: draft.actor.trim(), target: draft.target.trim() });
  };
  const set = (key: keyof AuditFilters) => (value: string) =>
    setDraft((current) => ({ ...current, [key]: value }));
  return (
    <form className="forum-admin__filters forum-audit__filters" role="search" onSubmit={onSubmit}>
      <TextField
        label={t('audit.actor')}
        hint={t('audit.actorHint')}
        name="actor"
        value={draft.actor}
        maxLength={36}
        onChange={(event) => set('actor')(event.target.value)}
      />
      <Select
        label={t('audit.action')}
        name="action"
        value={draft.action}
        options={[
          { value: '', label: t('audit.allActions') },
          ...AUDIT_ACTIONS.map((value) => ({ value, label: t(`audit.actions.${value}`) })),
        ]}
        onChange={(event) => set('action')(event.target.value)}
      />
      <Select
        label={t('audit.targetType')}
        name="targetType"
        value={draft.targetType}
        options={[
          { value: '', label: t('audit.allTargets') },
          ...AUDIT_TARGET_TYPES.map((value) => ({ value, label: t(`audit.targets.${value}`) })),
        ]}
        onChange={(event) => set('targetType')(event.target.value)}
      />
      <TextField
        label={t('audit.target')}
        name="target"
        value={draft.target}
        maxLength={100}
        onChange={(event) => set('target')(event.target.value)}
      />
      <TextField
        label={t('audit.from')}
        type="date"
        name="from"
        value={draft.from}
        onChange={(event) => set('from')(event.target.value)}
      />
      <TextField
        label={t('audit.to')}
        type="date"
        name="to"
        value={draft.to}
        onChange={(event) => set('to')(event.target.value)}
      />
      <div className="forum-audit__actions">
        <Button type="submit">{t('audit.filter')}</Button>
        <a className={buttonClassName('secondary')} href={csvHref(filters)} download>
          {t('audit.download')}
        </a>
      </div>
    </form>
  );
}

function AuditEntries({ filter }: { filter: AuditLogFilter }) {
  const { t } = useTranslation('admin');
  // One entry per page shown: null for the first, then each previous page's end cursor.
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [summary, setSummary] = useState<PageSummary>();
  const captionId = useId();
  const nextCursor = summary?.hasNextPage ? summary.endCursor : undefined;
  return (
    <>
      <p className="forum-admin__count" role="status">
        {summary ? t('audit.count', { count: summary.totalCount }) : null}
      </p>
      {summary?.totalCount === 0 ? <p>{t('audit.empty')}</p> : null}
      <div
        className="forum-admin__table-scroll forum-audit__scroll"
        role="region"
        aria-labelledby={captionId}
        tabIndex={0}
      >
        <table className="forum-admin__table forum-audit__table">
          <caption id={captionId}>{t('audit.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('audit.when')}</th>
              <th scope="col">{t('audit.who')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.targetType')}</th>
              <th scope="col">{t('audit.changes')}</th>
              <th scope="col">{t('audit.reason')}</th>
              <th scope="col">{t('audit.address')}</th>
            </tr>
          </thead>
          {cursors.map((after, index) => (
            <AuditPage
              key={after ?? 'first'}
              filter={filter}
              after={after}
              onLoaded={index === cursors.length - 1 ? setSummary : undefined}
            />
          ))}
        </table>
      </div>
      {nextCursor && !cursors.includes(nextCursor) ? (
        <div className="forum-admin__more">
          <Button variant="secondary" onClick={() => setCursors([...cursors, nextCursor])}>
            {t('audit.loadMore')}
          </Button>
        </div>
      ) : null}
    </>
  );
}

type Entry = AuditLogQueryResult['auditLog']['edges'][number]['node'];

function AuditPage({
  filter,
  after,
  onLoaded,
}: {
  filter: AuditLogFilter;
  after: string | null;
  onLoaded?: (page: PageSummary) => void;
}) {
  const [{ data, error }] = useQuery({
    query: AuditLogQuery,
    variables: { filter, first: AUDIT_PAGE_SIZE, after },
  });
  const page = data?.auditLog;
  useEffect(() => {
    if (page && onLoaded)
      onLoaded({
        totalCount: page.totalCount,
        endCursor: page.pageInfo.endCursor,
        hasNextPage: page.pageInfo.hasNextPage,
      });
  }, [page, onLoaded]);
  if (!data && error) {
    return (
      <tbody>
        <tr>
          <td colSpan={7}>
            <ErrorAlert error={toForumError(error)} />
          </td>
        </tr>
      </tbody>
    );
  }
  return (
    <tbody>
      {page?.edges.map(({ node }) => (
        <AuditRow key={node.id} entry={node} />
      ))}
    </tbody>
  );
}

function AuditRow({ entry }: { entry: Entry }) {
  const { t } = useTranslation('admin');
  const format = useFormatters();
  return (
    <tr>
      <td>
        <time dateTime={entry.createdAt}>{format.dateTime(entry.createdAt)}</time>
      </td>
      <td>
        {entry.actorId ? (
          <Link to={`/admin/audit?${paramsOf({ ...emptyFilters, actor: entry.actorId })}`}>
            {entry.actor?.displayName ?? t('deletedUser')}
          </Link>
        ) : (
          t('audit.system')
        )}
      </td>
      <td>{t(`audit.actions.${entry.action}`)}</td>
      <td>
        <Link
          to={`/admin/audit?${paramsOf({
            ...emptyFilters,
            targetType: entry.targetType,
            target: entry.targetId,
          })}`}
        >
          {t(`audit.targets.${entry.targetType}`)}
          <span className="forum-audit__id"> {entry.targetId}</span>
        </Link>
      </td>
      <td>
        {entry.changes.length > 0 ? (
          <dl className="forum-audit__changes">
            {entry.changes.map((change) => (
              <div key={change.field}>
                <dt>{change.field}</dt>
                <dd>
                  <span className="forum-visually-hidden">{t('audit.before')} </span>
                  <code>{shown(change.before)}</code>
                  <span aria-hidden="true"> → </span>
                  <span className="forum-visually-hidden"> {t('audit.after')} </span>
                  <code>{shown(change.after)}</code>
                </dd>
              </div>
            ))}
          </dl>
        ) : null}
      </td>
      <td>{entry.reason}</td>
      <td>{entry.ipAddress}</td>
    </tr>
  );
}

/** A changed value, shortened so a rewritten post does not fill the screen. */
function shown(json: string | null | undefined): string {
  const value = json ?? '—';
  return value.length > 160 ? `${value.slice(0, 159)}…` : value;
}
