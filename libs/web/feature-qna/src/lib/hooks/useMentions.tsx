import { useQuery } from '@forum/web/data-access-graphql';
import { mentionMarkdown } from '@forum/shared/domain';
import {
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
  type SyntheticEvent,
} from 'react';
import { MentionCandidatesQuery } from '../graphql/MentionCandidates';
import { mentionQueryAt, type MentionQuery } from '../utils/mentionQuery';
import { useDebouncedValue } from './useDebouncedValue';
import { useQnaTranslation } from './useQnaTranslation';
import '../components/markdown/Mentions.css';

/** How long typing pauses before people are looked up. */
export const MENTION_DELAY_MS = 200;

export interface UseMentionsOptions {
  value: string;
  onChange: (value: string) => void;
  /** The question being written on: its participants are offered first. */
  questionId?: string | null;
  /** Off for visitors, who may not look people up. */
  enabled?: boolean;
}

/** What the text area needs: the caret-following handlers and the listbox's ARIA wiring. */
export interface MentionTextareaProps {
  ref: React.RefObject<HTMLTextAreaElement | null>;
  onChange: (event: React.ChangeEvent<HTMLTextAreaElement>) => void;
  onKeyDown: (event: KeyboardEvent<HTMLTextAreaElement>) => void;
  onSelect: (event: SyntheticEvent<HTMLTextAreaElement>) => void;
  onBlur: () => void;
  'aria-autocomplete': 'list';
  'aria-haspopup': 'listbox';
  'aria-controls'?: string;
  'aria-activedescendant'?: string;
}

/**
 * @mention autocomplete for a text area: typing "@" and a letter or more lists matching people
 * (looked up after a pause); arrow keys move through them, Enter or Tab picks one, which writes
 * the mention as a profile link, and Escape closes the list.
 */
export function useMentions({ value, onChange, questionId, enabled = true }: UseMentionsOptions): {
  textareaProps: MentionTextareaProps;
  listbox: ReactNode;
} {
  const { t } = useQnaTranslation();
  const id = useId();
  const listboxId = `${id}-mentions`;
  const ref = useRef<HTMLTextAreaElement | null>(null);
  const [query, setQuery] = useState<MentionQuery | null>(null);
  // The highlighted option, for the name typed when it was chosen; a new name starts at the top.
  const [highlight, setHighlight] = useState({ prefix: '', index: 0 });
  // Escape closes the list until the typed name changes.
  const [dismissed, setDismissed] = useState<string | null>(null);
  const pendingCaret = useRef<number | null>(null);

  const typed = enabled && query && query.prefix !== dismissed ? query.prefix : '';
  const prefix = useDebouncedValue(typed, MENTION_DELAY_MS);
  const [{ data }] = useQuery({
    query: MentionCandidatesQuery,
    variables: { prefix, questionId: questionId ?? null },
    pause: !prefix,
  });
  const people = typed && prefix === typed ? (data?.mentionCandidates ?? []) : [];
  const open = people.length > 0;
  const activeIndex =
    highlight.prefix === typed ? Math.min(highlight.index, Math.max(people.length - 1, 0)) : 0;

  useLayoutEffect(() => {
    if (pendingCaret.current === null || !ref.current) return;
    ref.current.setSelectionRange(pendingCaret.current, pendingCaret.current);
    pendingCaret.current = null;
  });

  const track = (element: HTMLTextAreaElement) => {
    const caret = element.selectionStart === element.selectionEnd ? element.selectionStart : -1;
    const next = caret < 0 ? null : mentionQueryAt(element.value, caret);
    setQuery(next);
    // Leaving a dismissed name behind lets the next mention open the list again.
    if (!next) setDismissed(null);
  };

  const pick = (person: { id: string; displayName: string }) => {
    if (!query) return;
    const end = query.start + 1 + query.prefix.length;
    const mention = `${mentionMarkdown(person)} `;
    pendingCaret.current = query.start + mention.length;
    onChange(value.slice(0, query.start) + mention + value.slice(end));
    setQuery(null);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    // Keys that finish an input method's composition belong to it.
    if (!open || event.nativeEvent.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setHighlight({ prefix: typed, index: (activeIndex + step + people.length) % people.length });
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      const person = people[activeIndex];
      if (!person) return;
      event.preventDefault();
      pick(person);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      // Inside a dialog, Escape closes the list first, not the dialog.
      event.stopPropagation();
      setDismissed(query?.prefix ?? null);
    }
  };

  const optionId = (index: number) => `${id}-mention-${index}`;
  const listbox = (
    <>
      {open ? (
        <ul
          role="listbox"
          id={listboxId}
          aria-label={t('mentions.label')}
          className="forum-mentions"
        >
          {people.map((person, index) => (
            <li
              key={person.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === activeIndex}
              className="forum-mentions__option"
              // Keep the focus (and the caret) in the text area.
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => pick(person)}
            >
              <span className="forum-mentions__name">{person.displayName}</span>
              {person.isStaff && person.staffTitle ? (
                <span className="forum-mentions__title">{person.staffTitle}</span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <span role="status" className="forum-visually-hidden">
        {open ? t('mentions.found', { count: people.length }) : ''}
      </span>
    </>
  );

  return {
    textareaProps: {
      ref,
      onChange: (event) => {
        onChange(event.target.value);
        track(event.target);
      },
      onKeyDown,
      onSelect: (event) => track(event.currentTarget),
      onBlur: () => setQuery(null),
      'aria-autocomplete': 'list',
      'aria-haspopup': 'listbox',
      'aria-controls': open ? listboxId : undefined,
      'aria-activedescendant': open ? optionId(activeIndex) : undefined,
    },
    listbox,
  };
}
