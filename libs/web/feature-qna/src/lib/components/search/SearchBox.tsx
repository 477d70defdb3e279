import { useTranslation } from '@forum/web/i18n';
import { lazy, Suspense, useCallback, useId, useState, type KeyboardEvent } from 'react';
import { useNavigate } from 'react-router';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { searchPath } from '../../utils/searchParams';
import './SearchBox.css';

// The box sits in the header of every page, so it ships with the first page; the results,
// their query and the Q&A texts load when someone first focuses it.
const loadResults = () => import('./SearchBoxResults');
const SearchBoxResults = lazy(() =>
  loadResults().then((module) => ({ default: module.SearchBoxResults })),
);

/** How long typing pauses before the box asks for results. */
export const SEARCH_BOX_DELAY_MS = 200;

/**
 * The header's search: instant results while typing, as an ARIA combobox. Arrow keys move
 * through the hits, Enter opens the chosen one (or the search page when none is chosen), Escape
 * closes the list and a second Escape clears the box.
 */
export function SearchBox() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const id = useId();
  const listboxId = `${id}-results`;
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  // Where each option of the list leads, as the results report them.
  const [options, setOptions] = useState<readonly string[]>([]);
  const query = useDebouncedValue(text.trim(), SEARCH_BOX_DELAY_MS);
  const expanded = open && text.trim() !== '' && query !== '';
  const activeIndex = expanded && active < options.length ? active : -1;
  const optionId = useCallback((index: number) => `${id}-option-${index}`, [id]);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const go = (href: string) => {
    close();
    void navigate(href);
  };
  const move = (step: 1 | -1) => {
    if (!expanded) {
      setOpen(true);
      return;
    }
    if (options.length === 0) return;
    setActive((current) =>
      current < 0 || current >= options.length
        ? step === 1
          ? 0
          : options.length - 1
        : (current + step + options.length) % options.length,
    );
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp':
        event.preventDefault();
        move(event.key === 'ArrowDown' ? 1 : -1);
        break;
      case 'Enter':
        event.preventDefault();
        go(activeIndex >= 0 ? options[activeIndex] : searchPath(text));
        break;
      case 'Escape':
        if (expanded) {
          event.preventDefault();
          close();
        } else if (text) {
          event.preventDefault();
          setText('');
        }
        break;
    }
  };

  return (
    <form
      role="search"
      className="forum-search-box"
      aria-label={t('search.label')}
      onSubmit={(event) => event.preventDefault()}
    >
      <input
        type="search"
        className="forum-search-box__input"
        role="combobox"
        aria-label={t('search.label')}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={activeIndex >= 0 ? optionId(activeIndex) : undefined}
        placeholder={t('search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="search"
        maxLength={200}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => void loadResults()}
        onBlur={close}
        onKeyDown={onKeyDown}
      />
      {expanded ? (
        <Suspense fallback={null}>
          <SearchBoxResults
            query={query}
            text={text.trim()}
            listboxId={listboxId}
            optionId={optionId}
            activeIndex={activeIndex}
            onOptions={setOptions}
            onChoose={close}
          />
        </Suspense>
      ) : null}
    </form>
  );
}
