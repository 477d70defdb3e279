import { useMutation, useQuery } from '@forum/web/data-access-graphql';
import { Button, TextAreaField } from '@forum/web/ui';
import { type FormEvent, useState } from 'react';
import { AddIdeaNoteMutation } from '../../graphql/AddIdeaNote';
import { IdeaNotesQuery } from '../../graphql/IdeaNotes';
import { useIdeasTranslation } from '../../hooks/useIdeasTranslation';

export interface IdeaNotesProps {
  ideaId: string;
}

/** Staff-only notes; rendered for staff only, and the API refuses everyone else. */
export function IdeaNotes({ ideaId }: IdeaNotesProps) {
  const { t } = useIdeasTranslation();
  const [{ data }, refetch] = useQuery({ query: IdeaNotesQuery, variables: { id: ideaId } });
  const [state, addNote] = useMutation(AddIdeaNoteMutation);
  const [body, setBody] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await addNote({ input: { ideaId, body } });
    if (result.data) {
      setBody('');
      refetch({ requestPolicy: 'network-only' });
    }
  };
  const notes = data?.idea?.internalNotes ?? [];
  return (
    <section className="idea-panel" aria-labelledby="notes-title">
      <h2 id="notes-title">{t('notes.title')}</h2>
      {notes.length === 0 ? <p>{t('notes.empty')}</p> : null}
      <ul className="idea-history">
        {notes.map((note) => (
          <li key={note.id}>
            <p>{note.body}</p>
            <small>
              {note.author?.displayName} · {new Date(note.createdAt).toLocaleDateString()}
            </small>
          </li>
        ))}
      </ul>
      <form onSubmit={submit}>
        <TextAreaField
          label={t('notes.note')}
          value={body}
          required
          maxLength={5000}
          rows={2}
          onChange={(event) => setBody(event.target.value)}
        />
        <Button type="submit" variant="secondary" busy={state.fetching}>
          {t('notes.add')}
        </Button>
      </form>
    </section>
  );
}
