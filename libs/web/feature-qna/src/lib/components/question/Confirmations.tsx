import { useMutation } from '@forum/web/data-access-graphql';
import { Button } from '@forum/web/ui';
import { ConfirmAnswerMutation } from '../../graphql/ConfirmAnswer';
import { WithdrawConfirmationMutation } from '../../graphql/WithdrawConfirmation';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';
import { toQnaError } from '../../utils/qnaError';
import { QnaErrorAlert } from '../common/QnaErrorAlert';

// Both return a bare Boolean: ask for the question again to get the new counts.
const refetchAnswers = { additionalTypenames: ['Answer'] };

export interface ConfirmationsProps {
  answerId: string;
  people: number;
  organisations: number;
  viewerConfirmed: boolean;
  /** Signed in and not the answer's author. */
  canConfirm: boolean;
}

/** "Worked for me too", and how many people at how many companies said so. */
export function Confirmations({
  answerId,
  people,
  organisations,
  viewerConfirmed,
  canConfirm,
}: ConfirmationsProps) {
  const { t } = useQnaTranslation();
  const [confirmState, confirm] = useMutation(ConfirmAnswerMutation);
  const [withdrawState, withdraw] = useMutation(WithdrawConfirmationMutation);
  const busy = confirmState.fetching || withdrawState.fetching;
  const error = toQnaError(viewerConfirmed ? withdrawState.error : confirmState.error);

  const peopleText = t('confirmations.people', { count: people });
  const summary =
    people === 0
      ? null
      : organisations > 0
        ? t('confirmations.summary', {
            people: peopleText,
            companies: t('confirmations.companies', { count: organisations }),
          })
        : t('confirmations.summaryPeople', { people: peopleText });

  if (!summary && !canConfirm) return null;
  return (
    <div className="forum-confirmations">
      {canConfirm ? (
        <Button
          variant="secondary"
          className="forum-confirmations__button"
          aria-pressed={viewerConfirmed}
          busy={busy}
          onClick={() => {
            const input = { input: { answerId } };
            void (viewerConfirmed
              ? withdraw(input, refetchAnswers)
              : confirm(input, refetchAnswers));
          }}
        >
          {viewerConfirmed ? <span aria-hidden="true">✓</span> : null}
          {t('confirmations.button')}
        </Button>
      ) : null}
      {summary ? <p className="forum-confirmations__summary">{summary}</p> : null}
      <QnaErrorAlert error={error} />
    </div>
  );
}
