import { type PostType, useQuery } from '@forum/web/data-access-graphql';
import { Alert, Button, TextField } from '@forum/web/ui';
import { useId, useState } from 'react';
import { CurationSearchQuery } from '../../graphql/IdeaCuration';
import { useCurationError } from '../../hooks/useCurationError';
import { useIdeasTranslation } from '../../hooks/useIdeasTranslation';

export interface PickedPost {
  id: string;
  title: string;
}

export interface PostPickerProps {
  type: PostType;
  /** Label of the search field, e.g. "Find the idea to merge into". */
  label: string;
  /** Posts not to offer, e.g. the idea itself. */
  exclude: readonly string[];
  picked: PickedPost | undefined;
  onPick: (post: PickedPost | undefined) => void;
}

/**
 * Finds ideas or questions by the community search and lets the reader choose one: a search form,
 * then the hits as radio buttons, so keyboards and screen readers work as with any form.
 */
export function PostPicker({ type, label, exclude, picked, onPick }: PostPickerProps) {
  const { t } = useIdeasTranslation();
  const errorText = useCurationError();
  const legendId = useId();
  const [draft, setDraft] = useState('');
  const [query, setQuery] = useState('');
  const [{ data, error, fetching }] = useQuery({
    query: CurationSearchQuery,
    variables: { query, types: [type] },
    pause: query === '',
  });
  const hits = (data?.search.hits ?? [])
    .map((hit) => hit.idea ?? hit.question)
    .filter((post): post is NonNullable<typeof post> => post != null)
    .filter((post) => !exclude.includes(post.id));

  return (
    <div className="curate-picker">
      <form
        className="curate-picker__search"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          onPick(undefined);
          setQuery(draft.trim());
        }}
      >
        <TextField
          type="search"
          label={label}
          value={draft}
          required
          maxLength={200}
          onChange={(event) => setDraft(event.target.value)}
        />
        <Button type="submit" variant="secondary" busy={fetching}>
          {t('curate.search')}
        </Button>
      </form>
      {query && error ? <Alert tone="error">{errorText(error)}</Alert> : null}
      {query && data && hits.length === 0 ? <p role="status">{t('curate.noHits')}</p> : null}
      {hits.length > 0 ? (
        <fieldset className="curate-picker__hits" aria-labelledby={legendId}>
          <legend id={legendId}>{t('curate.choose')}</legend>
          {hits.map((post) => (
            <label key={post.id} className="curate-picker__hit">
              <input
                type="radio"
                name={`${legendId}-hit`}
                value={post.id}
                checked={picked?.id === post.id}
                onChange={() => onPick({ id: post.id, title: post.title })}
              />
              <span>{post.title}</span>
            </label>
          ))}
        </fieldset>
      ) : null}
    </div>
  );
}
