import { useQuery } from '@forum/web/data-access-graphql';
import { SignedInOnly } from '@forum/web/data-access-session';
import { useFormatters, useTranslation } from '@forum/web/i18n';
import { PrivilegeThresholdsQuery } from '../../graphql/PrivilegeThresholds';
import { capabilitiesOf, type Capabilities } from '../../utils/capabilities';
import { networkFailure, toForumError } from '../../utils/forumError';
import { ErrorAlert } from '../ErrorAlert';
import { NotAllowed } from '../NotAllowed';
import { PageTitle } from '../PageTitle';
import { AdminNav } from './AdminNav';
import './Admin.css';

/** What reputation unlocks here, read-only: the thresholds come from the API's configuration. */
export function PrivilegesAdmin() {
  const { t } = useTranslation('admin');
  return (
    <SignedInOnly returnTo="/admin/privileges" unreachable={<ErrorAlert error={networkFailure} />}>
      {(viewer) => {
        const capabilities = capabilitiesOf(viewer.role);
        return (
          <>
            <PageTitle page={t('documentTitle.privileges')} />
            {capabilities.viewPrivileges ? (
              <PrivilegeTable capabilities={capabilities} />
            ) : (
              <NotAllowed />
            )}
          </>
        );
      }}
    </SignedInOnly>
  );
}

function PrivilegeTable({ capabilities }: { capabilities: Capabilities }) {
  const { t } = useTranslation('admin');
  const format = useFormatters();
  const [{ data, error }] = useQuery({ query: PrivilegeThresholdsQuery });
  const privileges = data?.reputationPrivileges;

  return (
    <div className="forum-admin">
      <AdminNav capabilities={capabilities} />
      <div className="forum-admin__intro">
        <h1 className="forum-admin__title">{t('privileges.title')}</h1>
        <p>{t('privileges.lead')}</p>
      </div>
      <ErrorAlert error={data ? undefined : toForumError(error)} />
      {privileges ? (
        <>
          <div className="forum-admin__table-scroll">
            <table className="forum-admin__table">
              <caption>{t('privileges.list')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('privileges.privilege')}</th>
                  <th scope="col" className="forum-admin__number">
                    {t('privileges.reputation')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {[...privileges.rules]
                  .sort((a, b) => a.reputation - b.reputation)
                  .map((rule) => (
                    <tr key={rule.privilege}>
                      <th scope="row">
                        {t(`privileges.names.${rule.privilege}`)}
                        <span className="forum-admin__muted forum-admin__description">
                          {t(`privileges.descriptions.${rule.privilege}`)}
                        </span>
                      </th>
                      <td className="forum-admin__number">{format.number(rule.reputation)}</td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
          <div className="forum-admin__notes">
            <p>
              {t('privileges.newAccounts', {
                questions: privileges.newAccountQuestionsPerDay,
                answers: privileges.newAccountAnswersPerDay,
              })}
            </p>
            <p>{t('privileges.staff')}</p>
          </div>
        </>
      ) : null}
    </div>
  );
}
