interface SocketMessage {
  id?: string;
  type: string;
  payload?: unknown;
}

/**
 * A WebSocket whose far end speaks `graphql-transport-ws` as the API does: it acknowledges the
 * connection and lets a test send events to the subscriptions the page started. Hand the class to
 * `renderWithForum({ webSocketImpl })`; `FakeGraphqlSocket.sockets` lists the sockets opened.
 */
export class FakeGraphqlSocket {
  static readonly CONNECTING = 0;
  static readonly OPEN = 1;
  static readonly CLOSING = 2;
  static readonly CLOSED = 3;
  static sockets: FakeGraphqlSocket[] = [];

  readyState = FakeGraphqlSocket.CONNECTING;
  readonly protocol = 'graphql-transport-ws';
  readonly received: SocketMessage[] = [];
  onopen: (() => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;
  onerror: ((error: unknown) => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;

  constructor(readonly url: string) {
    FakeGraphqlSocket.sockets.push(this);
    setTimeout(() => {
      this.readyState = FakeGraphqlSocket.OPEN;
      this.onopen?.();
    });
  }

  send(data: string): void {
    const message = JSON.parse(data) as SocketMessage;
    this.received.push(message);
    if (message.type === 'connection_init') this.reply({ type: 'connection_ack' });
  }

  close(code = 1000, reason = ''): void {
    if (this.readyState === FakeGraphqlSocket.CLOSED) return;
    this.readyState = FakeGraphqlSocket.CLOSED;
    this.onclose?.({ code, reason });
  }

  /** The subscriptions started on this socket, by operation name. */
  subscribed(operationName: string): boolean {
    return this.received.some(
      (message) =>
        message.type === 'subscribe' &&
        (message.payload as { operationName?: string }).operationName === operationName,
    );
  }

  /** Sends `data` to the subscription of that operation. */
  emit(operationName: string, data: unknown): void {
    const subscribe = this.received.find(
      (message) =>
        message.type === 'subscribe' &&
        (message.payload as { operationName?: string }).operationName === operationName,
    );
    if (!subscribe) throw new Error(`no subscription ${operationName}`);
    this.reply({ id: subscribe.id, type: 'next', payload: { data } });
  }

  private reply(message: SocketMessage): void {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
}
