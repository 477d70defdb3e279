import { EventEmitter, on } from 'node:events';
import {
  type DynamicModule,
  Global,
  Injectable,
  Logger,
  Module,
  type OnApplicationShutdown,
  type OnModuleInit,
} from '@nestjs/common';
import type { ClientConfig } from 'pg';
import pgListen, { type Options, type Subscriber } from 'pg-listen';
import type { EntityManager } from 'typeorm';
import { DatabaseConfig } from '../config/app-config.js';

// pg-listen is CommonJS with an `exports.default`; loaders differ in which one `import` yields.
type CreateSubscriber = (config: ClientConfig, options: Options) => Subscriber;
const createSubscriber = ((pgListen as unknown as { default?: CreateSubscriber }).default ??
  pgListen) as CreateSubscriber;

/** The one PostgreSQL channel every API process listens on; topics travel in the payload. */
export const liveChannel = 'forum_live';

/** How the listening connection shows in `pg_stat_activity`. */
export const liveApplicationName = 'forum-live';

/** PostgreSQL refuses a NOTIFY payload of 8,000 bytes or more; ours carry ids only. */
export const maxLivePayloadBytes = 7_900;

/** One message: a topic (`question.activity:<id>`) and the ids its subscribers need. */
export interface LiveMessage<T extends Record<string, unknown> = Record<string, unknown>> {
  topic: string;
  data: T;
}

function serialise(message: LiveMessage): string {
  const text = JSON.stringify({ topic: message.topic, data: message.data });
  if (Buffer.byteLength(text) > maxLivePayloadBytes) {
    throw new Error(`live message for ${message.topic} is over ${maxLivePayloadBytes} bytes`);
  }
  return text;
}

function isLiveMessage(value: unknown): value is LiveMessage {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as LiveMessage).topic === 'string' &&
    typeof (value as LiveMessage).data === 'object'
  );
}

/**
 * Live updates across every API process: a writer publishes with `pg_notify` inside its
 * transaction, PostgreSQL delivers it to every listening process once (and only if) the
 * transaction commits, and each process hands it to its own GraphQL subscribers.
 */
@Injectable()
export class LiveEvents implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(LiveEvents.name);
  /** This process's subscribers, by topic. */
  private readonly local = new EventEmitter().setMaxListeners(0);
  private readonly subscriber: Subscriber;
  private listening = false;

  constructor(config: DatabaseConfig) {
    this.subscriber = createSubscriber(
      { connectionString: config.url, application_name: liveApplicationName },
      {
        // A restart of PostgreSQL takes longer than pg-listen's default 3 s: retry for as long
        // as it takes, backing off to one attempt every 5 s.
        retryTimeout: Number.POSITIVE_INFINITY,
        retryInterval: (attempt: number) => Math.min(5_000, 250 * 2 ** attempt),
        paranoidChecking: 30_000,
      },
    );
    this.subscriber.notifications.on(liveChannel, (payload: unknown) => {
      if (isLiveMessage(payload)) this.local.emit(payload.topic, payload.data);
    });
    this.subscriber.events.on('reconnect', (attempt: number) =>
      this.logger.warn({ attempt }, 'Live updates lost PostgreSQL; reconnecting'),
    );
    this.subscriber.events.on('error', (error: Error) =>
      this.logger.error({ err: error }, 'Live updates stopped listening to PostgreSQL'),
    );
  }

  async onModuleInit(): Promise<void> {
    await this.subscriber.connect();
    await this.subscriber.listenTo(liveChannel);
    this.listening = true;
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.listening) await this.subscriber.close();
    this.listening = false;
  }

  /**
   * Announces messages once the caller's transaction commits; a rolled-back transaction announces
   * nothing. One statement, however many messages.
   */
  async publish(manager: EntityManager, messages: readonly LiveMessage[]): Promise<void> {
    if (messages.length === 0) return;
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('LiveEvents.publish needs an EntityManager inside a transaction');
    }
    await manager.query('SELECT pg_notify($1, payload) FROM unnest($2::text[]) AS payload', [
      liveChannel,
      messages.map(serialise),
    ]);
  }

  /**
   * The messages of one topic that reach this process from the moment of the call (not from the
   * first `next()`), until the iterator's `return()`.
   */
  listen<T extends Record<string, unknown>>(topic: string): AsyncIterableIterator<T> {
    const events = on(this.local, topic) as AsyncIterableIterator<[T]>;
    const messages: AsyncIterableIterator<T> = {
      next: async () => {
        const result = await events.next();
        return result.done
          ? { value: undefined, done: true }
          : { value: result.value[0], done: false };
      },
      return: async () => {
        await events.return?.();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]: () => messages,
    };
    return messages;
  }

  /** How many subscribers of this process listen to a topic now. */
  listenerCount(topic: string): number {
    return this.local.listenerCount(topic);
  }
}

/** Publishing and listening for live updates, for every module of the process. */
@Global()
@Module({})
export class LiveModule {
  static forRoot(): DynamicModule {
    return { module: LiveModule, providers: [LiveEvents], exports: [LiveEvents] };
  }
}
