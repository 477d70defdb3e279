import { useTranslation } from '@forum/web/i18n';
import { useState, type ReactNode } from 'react';
import { Navigate } from 'react-router';
import { useViewer, type Viewer } from '../hooks/useViewer';
import { signInPath } from '../utils/returnTo';

export interface SignedInOnlyProps {
  /** Where to come back to after signing in, e.g. "/settings". */
  returnTo: string;
  /** What to show when the API cannot be asked who is signed in, in the page's own words. */
  unreachable: ReactNode;
  children: (viewer: Viewer) => ReactNode;
}

/** Renders its content for a signed-in person; sends visitors to the sign-in page. */
export function SignedInOnly({ returnTo, unreachable, children }: SignedInOnlyProps) {
  const { t } = useTranslation();
  const { viewer, loading, failed } = useViewer();
  // Someone who signs out (or deletes their account) on this page is sent on by that action;
  // only visitors who arrive signed out are sent to sign in.
  const [wasSignedIn, setWasSignedIn] = useState(false);
  if (viewer && !wasSignedIn) setWasSignedIn(true);

  if (viewer) return children(viewer);
  if (loading) return <p role="status">{t('loading')}</p>;
  if (failed) return <>{unreachable}</>;
  if (wasSignedIn) return null;
  return <Navigate to={signInPath(returnTo)} replace />;
}
