import { useFlagContent } from '@forum/web/data-access-moderation';
import { FlagControl } from '@forum/web/ui';

export interface IdeaFlagProps {
  /** The signed-in person's id; null for visitors. */
  viewerId: string | null;
  authorId: string;
  ideaId: string;
}

/** "Flag" for signed-in people on ideas others proposed. */
export function IdeaFlag({ viewerId, authorId, ideaId }: IdeaFlagProps) {
  const flag = useFlagContent();
  if (!viewerId || viewerId === authorId) return null;
  return <FlagControl targetKind="IDEA" targetId={ideaId} onFlag={flag} />;
}
