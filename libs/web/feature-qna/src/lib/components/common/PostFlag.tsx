import { useFlagContent } from '@forum/web/data-access-moderation';
import { FlagControl, type FlagTargetKindName } from '@forum/web/ui';
import type { QnaViewer } from '../../utils/permissions';

export interface PostFlagProps {
  viewer: QnaViewer | null;
  authorId: string;
  targetKind: FlagTargetKindName;
  targetId: string;
}

/** "Flag" for signed-in people on what others wrote. */
export function PostFlag({ viewer, authorId, targetKind, targetId }: PostFlagProps) {
  const flag = useFlagContent();
  if (!viewer || viewer.id === authorId) return null;
  return <FlagControl targetKind={targetKind} targetId={targetId} onFlag={flag} />;
}
