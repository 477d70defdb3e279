import type { AnyVariables, DocumentInput } from '@urql/core';
import { useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import { useClient, useSubscription } from 'urql';
import { liveConnectionOf } from './liveConnection';

export interface UseLiveOrPollArgs<Data, Variables extends AnyVariables> {
  /** The subscription that announces changes. */
  subscription: DocumentInput<Data, Variables>;
  variables: Variables;
  /** Neither subscribes nor polls (e.g. signed out). */
  pause?: boolean;
  /** Each event that arrives over the socket. */
  onEvent: (data: Data) => void;
  /**
   * Brings the page up to date without the socket (usually re-executing its query network-only):
   * every `pollIntervalMs` while the socket is not open, and once after it opens again.
   */
  onPoll: () => void;
  pollIntervalMs?: number;
}

const noConnection = () => () => undefined;

/**
 * Live updates with a fallback: while the WebSocket is open and the subscription runs, events
 * come as they happen; when the socket cannot open, closes or the subscription fails, the page
 * polls instead, and catches up once when the socket returns.
 * @returns whether updates arrive live right now
 */
export function useLiveOrPoll<Data, Variables extends AnyVariables>({
  subscription,
  variables,
  pause = false,
  onEvent,
  onPoll,
  pollIntervalMs = 30_000,
}: UseLiveOrPollArgs<Data, Variables>): { live: boolean } {
  const connection = liveConnectionOf(useClient());
  const state = useSyncExternalStore(
    connection?.subscribe ?? noConnection,
    () => connection?.state ?? 'closed',
  );
  const handlers = useRef({ onEvent, onPoll });
  useLayoutEffect(() => {
    handlers.current = { onEvent, onPoll };
  });

  const [{ error }] = useSubscription<Data, Data, Variables>(
    { query: subscription, variables, pause: pause || !connection } as Parameters<
      typeof useSubscription<Data, Data, Variables>
    >[0],
    (_previous, data) => {
      handlers.current.onEvent(data);
      return data;
    },
  );
  const live = !pause && state === 'open' && !error;

  const everLive = useRef(false);
  useEffect(() => {
    if (pause) return undefined;
    if (live) {
      // Back after a gap: events sent meanwhile are lost, so read the current state once.
      if (everLive.current) handlers.current.onPoll();
      everLive.current = true;
      return undefined;
    }
    const timer = setInterval(() => handlers.current.onPoll(), pollIntervalMs);
    return () => clearInterval(timer);
  }, [live, pause, pollIntervalMs]);

  return { live };
}
