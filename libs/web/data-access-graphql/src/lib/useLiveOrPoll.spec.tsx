import { beforeEach, describe, expect, it, jest } from '@jest/globals';
import { act, renderHook, waitFor } from '@testing-library/react';
import { gql } from '@urql/core';
import type { ReactNode } from 'react';
import { Provider } from 'urql';
import { createForumClient } from './createForumClient';
import { useLiveOrPoll } from './useLiveOrPoll';

// A hand-written document keeps this spec independent of the generated operations.
const CountChanged = gql<{ unreadNotificationCount: number }, Record<string, never>>`
  subscription CountChanged {
    unreadNotificationCount
  }
`;

interface Message {
  id?: string;
  type: string;
  payload?: unknown;
}

/** A WebSocket whose far end speaks `graphql-transport-ws` the way the API does. */
class FakeSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  static sockets: FakeSocket[] = [];
  /** The server refuses the upgrade (a proxy without WebSocket support, a wrong origin). */
  static refuse = false;

  readyState = FakeSocket.CONNECTING;
  readonly protocol = 'graphql-transport-ws';
  readonly received: Message[] = [];
  onopen: (() => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;
  onerror: ((error: unknown) => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;

  constructor(readonly url: string) {
    FakeSocket.sockets.push(this);
    setTimeout(() => {
      if (FakeSocket.refuse) {
        this.close(1006, 'refused');
      } else {
        this.readyState = FakeSocket.OPEN;
        this.onopen?.();
      }
    });
  }

  send(data: string): void {
    const message = JSON.parse(data) as Message;
    this.received.push(message);
    if (message.type === 'connection_init') this.reply({ type: 'connection_ack' });
  }

  close(code = 1000, reason = ''): void {
    if (this.readyState === FakeSocket.CLOSED) return;
    this.readyState = FakeSocket.CLOSED;
    this.onclose?.({ code, reason });
  }

  reply(message: Message): void {
    this.onmessage?.({ data: JSON.stringify(message) });
  }

  /** Sends an event to the subscription the client started. */
  emit(data: unknown): void {
    const subscribe = this.received.find((message) => message.type === 'subscribe');
    if (!subscribe) throw new Error('no subscription yet');
    this.reply({ id: subscribe.id, type: 'next', payload: { data } });
  }
}

const unusedFetch = (() => {
  throw new Error('no HTTP expected');
}) as typeof fetch;

function render(options: { live: boolean; pause?: boolean }) {
  const client = createForumClient({
    fetch: unusedFetch,
    live: options.live ? { url: 'ws://forum.test/graphql', webSocketImpl: FakeSocket } : false,
  });
  const onEvent = jest.fn();
  const onPoll = jest.fn();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <Provider value={client}>{children}</Provider>
  );
  const view = renderHook(
    () =>
      useLiveOrPoll({
        subscription: CountChanged,
        variables: {},
        pause: options.pause,
        onEvent,
        onPoll,
        pollIntervalMs: 40,
      }),
    { wrapper },
  );
  return { ...view, onEvent, onPoll };
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('useLiveOrPoll', () => {
  beforeEach(() => {
    FakeSocket.sockets = [];
    FakeSocket.refuse = false;
  });

  it('passes on events while the socket is open, and does not poll then', async () => {
    const { result, onEvent, onPoll, unmount } = render({ live: true });
    await waitFor(() =>
      expect(FakeSocket.sockets[0]?.received.map((message) => message.type)).toEqual([
        'connection_init',
        'subscribe',
      ]),
    );
    expect(FakeSocket.sockets[0]?.url).toBe('ws://forum.test/graphql');

    act(() => FakeSocket.sockets[0]!.emit({ unreadNotificationCount: 3 }));
    await waitFor(() => expect(onEvent).toHaveBeenCalledWith({ unreadNotificationCount: 3 }));
    expect(result.current.live).toBe(true);
    // It polls until the socket is open (here at most once), then no more.
    onPoll.mockClear();
    await act(() => pause(150));
    expect(onPoll).not.toHaveBeenCalled();
    unmount();
  });

  it('polls while the socket cannot open', async () => {
    FakeSocket.refuse = true;
    const { result, onPoll, onEvent, unmount } = render({ live: true });
    await waitFor(() => expect(onPoll.mock.calls.length).toBeGreaterThanOrEqual(2));
    expect(result.current.live).toBe(false);
    expect(onEvent).not.toHaveBeenCalled();
    unmount();
  });

  it('polls after an open socket closes', async () => {
    const { result, onPoll, unmount } = render({ live: true });
    await waitFor(() => expect(result.current.live).toBe(true));
    FakeSocket.refuse = true;
    act(() => FakeSocket.sockets[0]!.close(1006, 'gone'));
    await waitFor(() => expect(result.current.live).toBe(false));
    await waitFor(() => expect(onPoll).toHaveBeenCalled());
    unmount();
  });

  it('subscribes by hash only when persisted documents are on, as over HTTP', async () => {
    const hash = 'b'.repeat(64);
    const client = createForumClient({
      fetch: unusedFetch,
      persistedDocuments: true,
      live: { url: 'ws://forum.test/graphql', webSocketImpl: FakeSocket },
    });
    const persisted = Object.assign(CountChanged, { __meta__: { hash: `sha256:${hash}` } });
    const { unsubscribe } = client.subscription(persisted, {}).subscribe(() => undefined);
    await waitFor(() =>
      expect(FakeSocket.sockets[0]?.received[1]).toMatchObject({
        type: 'subscribe',
        payload: { query: '', extensions: { persistedQuery: { version: 1, sha256Hash: hash } } },
      }),
    );
    unsubscribe();
  });

  it('polls when the client has no socket at all', async () => {
    const { result, onPoll, unmount } = render({ live: false });
    await waitFor(() => expect(onPoll.mock.calls.length).toBeGreaterThanOrEqual(2));
    expect(result.current.live).toBe(false);
    unmount();
  });

  it('neither subscribes nor polls while paused', async () => {
    const { onPoll, unmount } = render({ live: true, pause: true });
    await act(() => pause(150));
    expect(onPoll).not.toHaveBeenCalled();
    expect(FakeSocket.sockets).toEqual([]);
    unmount();
  });
});
