/**
 * Typenames whose cached results belong to one signed-in person. Signing in or out invalidates
 * them, so the next person on this browser never sees the previous one's data, and the viewer
 * query (which may hold `null`, and so no typename of its own) asks the API again.
 */
export const SESSION_CONTEXT = { additionalTypenames: ['User', 'ApiToken', 'Organisation'] };
