import { useMutation } from '@forum/web/data-access-graphql';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { SESSION_CONTEXT } from '@forum/web/data-access-session';
import { SignOutMutation } from '../graphql/SignOut';

/** Ends this browser's session and goes to the home page. */
export function useSignOut() {
  const [{ fetching }, signOut] = useMutation(SignOutMutation);
  const navigate = useNavigate();
  const run = useCallback(async () => {
    const result = await signOut({}, SESSION_CONTEXT);
    // NOT_SIGNED_IN means the session had ended already: the person is signed out either way.
    if (!result.error || result.error.graphQLErrors.length > 0) {
      await navigate('/');
    }
    return result;
  }, [signOut, navigate]);
  return { signOut: run, fetching };
}
