import { useMutation } from '@forum/web/data-access-graphql';
import { Alert, Button } from '@forum/web/ui';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { MergeIdeaMutation } from '../../graphql/IdeaCuration';
import { useCurationError } from '../../hooks/useCurationError';
import { useIdeasTranslation } from '../../hooks/useIdeasTranslation';
import { type PickedPost, PostPicker } from './PostPicker';

/** Product managers merge a duplicate into the idea that stays; its votes and comments move. */
export function MergeIdeaPanel({ ideaId }: { ideaId: string }) {
  const { t } = useIdeasTranslation();
  const errorText = useCurationError();
  const navigate = useNavigate();
  const [target, setTarget] = useState<PickedPost>();
  const [state, merge] = useMutation(MergeIdeaMutation);

  const confirm = async () => {
    if (!target) return;
    const result = await merge({ input: { sourceId: ideaId, targetId: target.id } });
    if (result.data) navigate(`/ideas/${result.data.mergeIdea.id}`);
  };

  return (
    <section className="idea-panel curate-panel" aria-labelledby="merge-title">
      <h2 id="merge-title">{t('curate.merge.title')}</h2>
      <p>{t('curate.merge.lead')}</p>
      <PostPicker
        type="IDEA"
        label={t('curate.merge.search')}
        exclude={[ideaId]}
        picked={target}
        onPick={setTarget}
      />
      {state.error ? <Alert tone="error">{errorText(state.error)}</Alert> : null}
      <div>
        <Button
          type="button"
          variant="danger"
          disabled={!target}
          busy={state.fetching}
          onClick={() => void confirm()}
        >
          {target
            ? t('curate.merge.submitInto', { title: target.title })
            : t('curate.merge.submit')}
        </Button>
      </div>
    </section>
  );
}
