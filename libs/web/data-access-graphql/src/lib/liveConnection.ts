import type { Client } from '@urql/core';

/** Whether the client's WebSocket is open: live updates arrive only while it is. */
export type LiveConnectionState = 'idle' | 'connecting' | 'open' | 'closed';

/** The state of one client's WebSocket, for components that fall back to polling. */
export class LiveConnection {
  private current: LiveConnectionState = 'idle';
  private readonly listeners = new Set<() => void>();

  get state(): LiveConnectionState {
    return this.current;
  }

  set(state: LiveConnectionState): void {
    if (state === this.current) return;
    this.current = state;
    for (const listener of this.listeners) listener();
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

const connections = new WeakMap<Client, LiveConnection>();

export function attachLiveConnection(client: Client, connection: LiveConnection): void {
  connections.set(client, connection);
}

/** The client's WebSocket, or undefined when it was made without one (tests, server). */
export function liveConnectionOf(client: Client): LiveConnection | undefined {
  return connections.get(client);
}
