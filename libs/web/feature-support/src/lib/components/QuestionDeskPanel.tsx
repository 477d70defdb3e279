import { useQuery } from '@forum/web/data-access-graphql';
import { useViewer } from '@forum/web/data-access-session';
import { useId } from 'react';
import { QuestionSupportCaseQuery } from '../graphql/Desk';
import { useSupportTranslation } from '../hooks/useSupportTranslation';
import { clockText, formatMoment, isDeskStaff } from '../utils/clock';
import { DeskActions } from './DeskActions';
import './support.css';

const context = { additionalTypenames: ['SupportCase'] };

export interface QuestionDeskPanelProps {
  questionId: string;
}

/** The support desk's box on the question page, for experts, moderators and admins only. */
export function QuestionDeskPanel({ questionId }: QuestionDeskPanelProps) {
  const { viewer } = useViewer();
  const staff = isDeskStaff(viewer?.role);
  if (!viewer || !staff) return null;
  return <DeskPanel questionId={questionId} viewerId={viewer.id} />;
}

function DeskPanel({ questionId, viewerId }: { questionId: string; viewerId: string }) {
  const { t, language } = useSupportTranslation();
  const headingId = useId();
  const [{ data }, refresh] = useQuery({
    query: QuestionSupportCaseQuery,
    variables: { id: questionId },
    requestPolicy: 'cache-and-network',
    context,
  });
  const supportCase = data?.question?.supportCase;
  if (!supportCase) return null;
  return (
    <section className="desk-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('panel.title')}</h2>
      <dl className="desk-panel__facts">
        <div>
          <dt>{t('panel.status')}</dt>
          <dd>
            {t(`status.${supportCase.status}`)}
            {supportCase.cycle > 1 ? ` · ${t('panel.cycle', { cycle: supportCase.cycle })}` : null}
            {supportCase.breached ? ` · ${t('panel.breached')}` : null}
          </dd>
        </div>
        <div>
          <dt>{t('panel.clock')}</dt>
          <dd>{clockText(t, language, supportCase)}</dd>
        </div>
        <div>
          <dt>{t('panel.claim')}</dt>
          <dd>
            {supportCase.claimedBy ? supportCase.claimedBy.displayName : t('inbox.unclaimed')}
            {supportCase.assignedBy
              ? ` (${t('inbox.assignedBy', { name: supportCase.assignedBy.displayName })})`
              : null}
          </dd>
        </div>
        {supportCase.snoozedUntil ? (
          <div>
            <dt>{t('actions.snooze')}</dt>
            <dd>
              {t('inbox.snoozedUntil', { date: formatMoment(language, supportCase.snoozedUntil) })}
            </dd>
          </div>
        ) : null}
      </dl>
      <DeskActions
        questionId={questionId}
        viewerId={viewerId}
        status={supportCase.status}
        claimedById={supportCase.claimedBy?.id ?? null}
        snoozedUntil={supportCase.snoozedUntil ?? null}
        waiting={Boolean(supportCase.waitingOnCustomerSince)}
        withAssign
        onChanged={() => refresh({ requestPolicy: 'network-only' })}
      />
    </section>
  );
}
