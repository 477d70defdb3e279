import { graphql, useFragment, type FragmentType } from '@forum/web/data-access-graphql';
import { StaffBadge } from '@forum/web/ui';
import { useQnaTranslation } from '../../hooks/useQnaTranslation';

export const AuthorFields = graphql(`
  fragment AuthorFields on User {
    id
    displayName
    isStaff
    staffTitle
    isDeleted
  }
`);

export interface AuthorNameProps {
  author: FragmentType<typeof AuthorFields>;
}

/** Who wrote a post: the name, and for company staff their title and the staff mark. */
export function AuthorName({ author: authorRef }: AuthorNameProps) {
  const { t } = useQnaTranslation();
  const author = useFragment(AuthorFields, authorRef);
  const name = author.isDeleted ? t('deletedUser') : author.displayName;
  if (author.isStaff && !author.isDeleted) {
    return <StaffBadge name={name} title={author.staffTitle} staffLabel={t('staff')} />;
  }
  return <span className="forum-author">{name}</span>;
}
