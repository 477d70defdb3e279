// Who is signed in, for every feature: the viewer, the pages only they may see, and the way to the
// sign-in page and back.
export { useViewer, type UseViewerResult, type Viewer } from './lib/hooks/useViewer';
export { SESSION_CONTEXT } from './lib/hooks/sessionContext';
export { SignedInOnly, type SignedInOnlyProps } from './lib/components/SignedInOnly';
export { safeReturnPath, signInPath, ssoStartUrl } from './lib/utils/returnTo';
