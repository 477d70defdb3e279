import { describe, expect, it } from '@jest/globals';
import type { EntityManager } from 'typeorm';
import { TransactionalEventBus } from './transactional-event-bus.js';

type TestEvent = { type: 'thing.happened'; id: string };

class TestEvents extends TransactionalEventBus<TestEvent> {}

/** Only what the bus looks at; a listener touching anything else fails the test. */
function fakeManager(isTransactionActive: boolean): EntityManager {
  return { queryRunner: { isTransactionActive } } as unknown as EntityManager;
}

const event: TestEvent = { type: 'thing.happened', id: '1' };

describe('TransactionalEventBus', () => {
  it('runs listeners by phase, then name, whatever the order they subscribed in', async () => {
    const bus = new TestEvents();
    const ran: string[] = [];
    const listener = (name: string) => async () => void ran.push(name);
    bus.subscribe(listener('search.index'), { phase: 'project', name: 'search.index' });
    bus.subscribe(listener('reputation.ledger'), { phase: 'record', name: 'reputation.ledger' });
    bus.subscribe(listener('audit'), { phase: 'project', name: 'audit' });
    bus.subscribe(listener('badges'), { phase: 'record', name: 'badges' });

    await bus.publish(fakeManager(true), event);

    expect(ran).toEqual(['badges', 'reputation.ledger', 'audit', 'search.index']);
    expect(bus.listenerNames).toEqual(ran);
  });

  it('hands every listener the caller’s manager and the event', async () => {
    const bus = new TestEvents();
    const manager = fakeManager(true);
    const seen: Array<[EntityManager, TestEvent]> = [];
    bus.subscribe(async (m, e) => void seen.push([m, e]), { phase: 'record', name: 'a' });

    await bus.publish(manager, event);

    expect(seen).toEqual([[manager, event]]);
    expect(seen[0]?.[0]).toBe(manager);
  });

  it('refuses to publish outside a transaction and runs no listener', async () => {
    const bus = new TestEvents();
    const ran: string[] = [];
    bus.subscribe(async () => void ran.push('listener'), { phase: 'record', name: 'a' });

    await expect(bus.publish(fakeManager(false), event)).rejects.toThrow(
      'TestEvents.publish needs an EntityManager inside a transaction',
    );
    await expect(bus.publish({} as EntityManager, event)).rejects.toThrow(
      'TestEvents.publish needs an EntityManager inside a transaction',
    );
    expect(ran).toEqual([]);
  });

  it('passes a listener’s failure to the publisher and runs no later listener', async () => {
    const bus = new TestEvents();
    const ran: string[] = [];
    const failure = new Error('ledger refused');
    bus.subscribe(async () => void ran.push('project'), { phase: 'project', name: 'later' });
    bus.subscribe(
      async () => {
        throw failure;
      },
      { phase: 'record', name: 'failing' },
    );

    await expect(bus.publish(fakeManager(true), event)).rejects.toBe(failure);
    expect(ran).toEqual([]);
  });

  it('refuses a second listener with the same name', () => {
    const bus = new TestEvents();
    bus.subscribe(async () => undefined, { phase: 'record', name: 'reputation.ledger' });

    expect(() =>
      bus.subscribe(async () => undefined, { phase: 'project', name: 'reputation.ledger' }),
    ).toThrow('TestEvents already has a listener named reputation.ledger');
  });
});
