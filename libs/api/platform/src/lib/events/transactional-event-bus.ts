import type { EntityManager } from 'typeorm';

/**
 * Where a listener runs among the listeners of one event, earliest first:
 * - `record`: writes the listening domain's own derived state (the reputation ledger, badges);
 * - `project`: enqueues follow-up work that reads the settled state (the search index).
 */
export const eventPhases = ['record', 'project'] as const;
export type EventPhase = (typeof eventPhases)[number];

/** A listener's place: its phase, then its name, so the order never depends on who subscribed first. */
export interface ListenerOrder {
  phase: EventPhase;
  /** Unique per bus, e.g. `reputation.ledger`. */
  name: string;
}

export type TransactionalListener<E> = (manager: EntityManager, event: E) => Promise<void>;

interface Subscription<E> {
  listener: TransactionalListener<E>;
  order: ListenerOrder;
}

function compare(a: ListenerOrder, b: ListenerOrder): number {
  const phase = eventPhases.indexOf(a.phase) - eventPhases.indexOf(b.phase);
  if (phase !== 0) return phase;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/**
 * What happened in a domain, published inside the transaction that made the change. Listeners
 * do their part in that same transaction, so the follow-up exists exactly when the change does:
 * a failing listener rolls the change back.
 */
export class TransactionalEventBus<E extends { type: string }> {
  private subscriptions: Array<Subscription<E>> = [];

  /** Registers a listener at its place; call it from a provider's constructor or `onModuleInit`. */
  subscribe(listener: TransactionalListener<E>, order: ListenerOrder): void {
    if (this.subscriptions.some((s) => s.order.name === order.name)) {
      throw new Error(`${this.constructor.name} already has a listener named ${order.name}`);
    }
    this.subscriptions = [...this.subscriptions, { listener, order }].sort((a, b) =>
      compare(a.order, b.order),
    );
  }

  /** The listeners' names in the order they run. */
  get listenerNames(): string[] {
    return this.subscriptions.map(({ order }) => order.name);
  }

  /** Runs the listeners in order in the caller's transaction; the first failure stops them. */
  async publish(manager: EntityManager, event: E): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error(
        `${this.constructor.name}.publish needs an EntityManager inside a transaction`,
      );
    }
    for (const { listener } of this.subscriptions) await listener(manager, event);
  }
}
