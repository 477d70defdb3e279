import type { IncomingMessage } from 'node:http';
import type { ModuleRef } from '@nestjs/core';
import { GraphQLModule, GraphQLSchemaHost } from '@nestjs/graphql';
import { EdgeErrorReason } from '@forum/shared/domain';
import {
  type DocumentNode,
  type ExecutionArgs,
  getOperationAST,
  GraphQLError,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import type { Context, ServerOptions, SubscribePayload } from 'graphql-ws';
import type { WebSocket } from 'ws';
import { asTypedDatabaseError } from '../errors/data-exception.js';
import { formatGraphqlError } from '../errors/format-graphql-error.js';
import { estimateQueryCost, queryLimitRules, queryLimits } from './query-limits.js';
import type { TrustedDocuments } from './trusted-documents.js';

/** Bounds of one WebSocket connection. */
export const socketLimits = {
  /** Subscriptions one socket may hold at once. */
  maxSubscriptions: 20,
  /** Largest message a client may send (a subscribe message with its document). */
  maxMessageBytes: 64 * 1024,
  /** A client that sends no `connection_init` within this is disconnected. */
  connectionInitWaitMs: 5_000,
} as const;

/**
 * Who opens a socket, from the upgrade request (its session cookie); provided by the identity
 * domain, so this platform code stays free of sessions. Returns what the HTTP path keeps in
 * `request.viewer`, or undefined for a visitor.
 */
export abstract class SocketAuthenticator {
  abstract viewerOf(request: IncomingMessage): Promise<unknown>;
}

export interface SocketExtra {
  socket: WebSocket;
  request: IncomingMessage & { viewer?: unknown };
}

type SocketContext = Context<Record<string, unknown> | undefined, SocketExtra>;

export interface SocketOptions {
  webOrigin: string;
  trusted: TrustedDocuments | null;
  trustedRequired: boolean;
  moduleRef: ModuleRef;
}

function refusal(message: string, code: string, reason?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(reason ? { reason } : {}) } });
}

function originOf(value: string | undefined): string | undefined {
  try {
    return value ? new URL(value).origin : undefined;
  } catch {
    return undefined;
  }
}

function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\0');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === 'object') return Object.values(value).some(containsNul);
  return false;
}

function persistedHash(payload: SubscribePayload): string | undefined {
  const persisted = (payload.extensions as { persistedQuery?: { sha256Hash?: unknown } } | null)
    ?.persistedQuery;
  return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : undefined;
}

/**
 * The `graphql-ws` server of the GraphQL endpoint: the socket opens only from the web app's
 * origin, knows its viewer from the session cookie of the upgrade request, and runs only
 * subscriptions, under the same document and size limits as HTTP (ADR 0016, 0023, 0024).
 */
export function socketServerOptions(options: SocketOptions): Partial<ServerOptions> {
  const allowedOrigin = originOf(options.webOrigin);
  return {
    connectionInitWaitTimeout: socketLimits.connectionInitWaitMs,
    onConnect: async (ctx: SocketContext) => {
      const { request } = ctx.extra;
      // A browser always sends Origin; refusing any other stops cross-site pages from using
      // the visitor's cookie (cross-site WebSocket hijacking).
      if (!allowedOrigin || originOf(request.headers.origin) !== allowedOrigin) return false;
      const authenticator = options.moduleRef.get(SocketAuthenticator, { strict: false });
      try {
        request.viewer = await authenticator.viewerOf(request);
      } catch (error) {
        if (!asTypedDatabaseError(error)) throw error;
        // Who is connecting is unknown while PostgreSQL is unreachable: "try again later" (1013)
        // lets the client reconnect, as after any restart; the outage is logged once.
        ctx.extra.socket.close(1013, 'Service briefly unavailable');
        return false;
      }
      return true;
    },
    onSubscribe: async (ctx: SocketContext, _id, payload) => {
      if (Object.keys(ctx.subscriptions).length > socketLimits.maxSubscriptions) {
        return [
          refusal(
            `A connection holds at most ${socketLimits.maxSubscriptions} subscriptions.`,
            'BAD_REQUEST',
            EdgeErrorReason.TooManySubscriptions,
          ),
        ];
      }
      let text = payload.query;
      const hash = persistedHash(payload);
      if (!text && hash) {
        const known = options.trusted?.textOf(hash);
        if (known === undefined) {
          return [refusal('PersistedQueryNotFound', 'PERSISTED_QUERY_NOT_FOUND')];
        }
        text = known;
      }
      if (options.trustedRequired && !options.trusted?.has(text)) {
        return [
          refusal(
            'This server runs only the operations of its web app.',
            'BAD_REQUEST',
            EdgeErrorReason.UntrustedDocument,
          ),
        ];
      }
      let document: DocumentNode;
      try {
        document = parse(text, { maxTokens: queryLimits.maxTokens });
      } catch (error) {
        return [refusal((error as Error).message, 'GRAPHQL_PARSE_FAILED')];
      }
      const schema = options.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
      const invalid = validate(schema, document, [...specifiedRules, ...queryLimitRules]);
      // Coded as Apollo codes them over HTTP; the limit rules bring their own code and reason.
      if (invalid.length > 0) {
        return invalid.map((error) =>
          error.extensions['code']
            ? error
            : new GraphQLError(error.message, {
                nodes: error.nodes,
                extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
              }),
        );
      }
      const operation = getOperationAST(document, payload.operationName);
      if (operation?.operation !== 'subscription') {
        return [
          refusal(
            'Send queries and mutations over HTTP; this connection runs subscriptions only.',
            'BAD_REQUEST',
            EdgeErrorReason.SubscriptionsOnly,
          ),
        ];
      }
      const variables = payload.variables ?? {};
      if (containsNul(variables)) {
        return [
          refusal(
            'A value contains a NUL character.',
            'BAD_USER_INPUT',
            EdgeErrorReason.NulCharacter,
          ),
        ];
      }
      const cost = estimateQueryCost(
        schema,
        document,
        variables,
        payload.operationName ?? undefined,
      );
      if (cost > queryLimits.maxCost) {
        return [
          refusal(
            'The operation is too costly.',
            'GRAPHQL_VALIDATION_FAILED',
            EdgeErrorReason.QueryTooCostly,
          ),
        ];
      }
      const args: ExecutionArgs = {
        schema,
        document,
        operationName: payload.operationName,
        variableValues: variables,
        contextValue: { req: ctx.extra.request },
      };
      return args;
    },
    // The errors of a socket read exactly like those of HTTP: code, reason, no internals.
    onNext: (_ctx, _id, _payload, _args, result) =>
      'errors' in result && result.errors
        ? {
            ...result,
            errors: result.errors.map((error) => formatGraphqlError(error.toJSON(), error)),
          }
        : undefined,
    onError: (_ctx, _id, _payload, errors) =>
      errors.map((error) => formatGraphqlError(error.toJSON(), error)),
  } as Partial<ServerOptions>;
}

/**
 * Sets the largest message the socket server accepts; ws refuses a bigger frame before
 * buffering it. The Apollo driver creates its WebSocket server without this option (100 MiB by
 * default) and keeps it private, so it is set once at start, before the server listens, and the
 * start fails loudly if a new driver version keeps it elsewhere.
 */
export function limitSocketMessages(moduleRef: ModuleRef): void {
  const graphql = moduleRef.get(GraphQLModule, { strict: false });
  const server = (
    graphql.graphQlAdapter as unknown as {
      _subscriptionService?: { wss?: { options: { maxPayload?: number } } };
    }
  )._subscriptionService?.wss;
  if (!server) throw new Error('the GraphQL driver has no WebSocket server to limit');
  server.options.maxPayload = socketLimits.maxMessageBytes;
}
