import { useViewer } from '@forum/web/data-access-session';

/** What the signed-in person may do with ideas; the API checks every one of these again. */
export function useIdeaRoles() {
  const { viewer, loading } = useViewer();
  const role = viewer?.role;
  return {
    viewer,
    loading,
    signedIn: viewer !== null,
    isStaff: viewer?.isStaff ?? false,
    managesIdeas: role === 'PRODUCT_MANAGER' || role === 'ADMIN',
    /** Links questions and records organisation votes: experts, product managers, admins. */
    curatesIdeas: role === 'EXPERT' || role === 'PRODUCT_MANAGER' || role === 'ADMIN',
  };
}
