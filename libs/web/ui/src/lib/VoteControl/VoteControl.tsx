import './VoteControl.css';

export type VoteValue = -1 | 0 | 1;

export interface VoteControlProps {
  /** Upvotes minus downvotes. */
  score: number;
  /** The viewer's own vote, shown as the pressed button. */
  vote: VoteValue;
  /** Called with the vote the viewer now wants: pressing the pressed button withdraws it (0). */
  onVote?: (vote: VoteValue) => void;
  /** Names the group, e.g. "Votes". */
  label: string;
  upLabel: string;
  downLabel: string;
  /** How the score reads to screen readers, e.g. "Score 12". */
  scoreLabel: string;
  /** Shown as a number; the buttons are disabled while a vote is on its way. */
  busy?: boolean;
}

/**
 * The score of a post between an up and a down button. Without `onVote` (visitors, one's own
 * posts) only the score shows.
 */
export function VoteControl({
  score,
  vote,
  onVote,
  label,
  upLabel,
  downLabel,
  scoreLabel,
  busy = false,
}: VoteControlProps) {
  return (
    <div className="forum-vote" role="group" aria-label={label}>
      {onVote ? (
        <button
          type="button"
          className="forum-vote__button"
          aria-pressed={vote === 1}
          disabled={busy}
          onClick={() => onVote(vote === 1 ? 0 : 1)}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M8 3l6 8H2z" />
          </svg>
          <span className="forum-visually-hidden">{upLabel}</span>
        </button>
      ) : null}
      <span className="forum-vote__score" aria-label={scoreLabel} data-testid="vote-score">
        {score}
      </span>
      {onVote ? (
        <button
          type="button"
          className="forum-vote__button"
          aria-pressed={vote === -1}
          disabled={busy}
          onClick={() => onVote(vote === -1 ? 0 : -1)}
        >
          <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M8 13L2 5h12z" />
          </svg>
          <span className="forum-visually-hidden">{downLabel}</span>
        </button>
      ) : null}
    </div>
  );
}
