import { readFileSync } from 'node:fs';
import type { ApolloServerPlugin, PersistedQueryOptions } from '@apollo/server';
import { EdgeErrorReason } from '@forum/shared/domain';
import type { Request } from 'express';
import { GraphQLError } from 'graphql';

/**
 * The documents the web app was built with: `persisted-documents.json` as the GraphQL code
 * generator writes it, `sha256:` + SHA-256 of each document's text (hex) -> the text. Clients name
 * a document by the hex digest, as Apollo's `extensions.persistedQuery.sha256Hash`.
 */
export class TrustedDocuments {
  private readonly texts: Set<string>;

  constructor(private readonly byHash: ReadonlyMap<string, string>) {
    this.texts = new Set(byHash.values());
  }

  static load(path: string): TrustedDocuments {
    let manifest: unknown;
    try {
      manifest = JSON.parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`cannot read the trusted documents ${path}: ${(error as Error).message}`, {
        cause: error,
      });
    }
    const entries = Object.entries(manifest ?? {});
    if (
      typeof manifest !== 'object' ||
      Array.isArray(manifest) ||
      entries.length === 0 ||
      entries.some(
        ([hash, text]) => !/^(sha256:)?[0-9a-f]{64}$/.test(hash) || typeof text !== 'string',
      )
    ) {
      throw new Error(`${path} is not a manifest of persisted documents (SHA-256 hash -> text)`);
    }
    return new TrustedDocuments(
      new Map(entries.map(([hash, text]) => [hash.replace(/^sha256:/, ''), text as string])),
    );
  }

  get size(): number {
    return this.byHash.size;
  }

  has(text: string): boolean {
    return this.texts.has(text);
  }

  /** The text of every document in the manifest. */
  documentTexts(): Iterable<string> {
    return this.texts;
  }

  /** The document of a hash (hex digest, with or without `sha256:`), if the manifest has it. */
  textOf(hash: string): string | undefined {
    return this.byHash.get(hash.replace(/^sha256:/, ''));
  }

  /**
   * Apollo's persisted-query cache, read only: a request that sends
   * `extensions.persistedQuery.sha256Hash` without a query runs the document of that hash.
   * Nothing is registered at run time, so only the web app's build adds documents.
   */
  asPersistedQueries(): PersistedQueryOptions {
    return {
      cache: {
        // Apollo prefixes the keys of the cache it is given with `apq:`.
        get: async (key: string) => this.byHash.get(key.replace(/^apq:/, '')),
        set: async () => undefined,
        delete: async () => false,
      },
    };
  }
}

/** How the viewer middleware of the identity domain marks a request made with an API token. */
function isApiTokenRequest(request: Request): boolean {
  return (request as Request & { viewer?: { via?: string } }).viewer?.via === 'token';
}

/**
 * With trusted documents required, a browser session or an anonymous client may run only the
 * documents the web app was built with (sent by hash, or as the same text); a request
 * authenticated with an API token may send any document within the query limits.
 */
export function trustedDocumentsPlugin(
  documents: TrustedDocuments,
): ApolloServerPlugin<{ req: Request }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ source, contextValue }) {
          if (documents.has(source) || isApiTokenRequest(contextValue.req)) return;
          throw new GraphQLError(
            'This server runs only the operations of its web app. Integrations send an API token (Authorization: Bearer).',
            {
              extensions: {
                code: 'BAD_REQUEST',
                reason: EdgeErrorReason.UntrustedDocument,
                http: { status: 400 },
              },
            },
          );
        },
      };
    },
  };
}
