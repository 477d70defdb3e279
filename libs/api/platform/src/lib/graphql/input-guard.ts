import type { ApolloServerPlugin } from '@apollo/server';
import { EdgeErrorReason, ErrorKind } from '@forum/shared/domain';
import { BREAK, type DocumentNode, GraphQLError, visit } from 'graphql';

function containsNul(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\0');
  if (Array.isArray(value)) return value.some(containsNul);
  if (value && typeof value === 'object') return Object.values(value).some(containsNul);
  return false;
}

/** Per parsed document (Apollo keeps one per distinct query text), whether a literal has a NUL. */
const documentsWithNul = new WeakMap<DocumentNode, boolean>();

function documentContainsNul(document: DocumentNode): boolean {
  let found = documentsWithNul.get(document);
  if (found === undefined) {
    found = scanForNul(document);
    documentsWithNul.set(document, found);
  }
  return found;
}

function scanForNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (node.value.includes('\0')) {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Refuses a NUL character in any argument or variable before a resolver runs: PostgreSQL cannot
 * store one in text, and the client should hear that it sent a bad value, not that we failed.
 */
export const inputGuardPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        if (containsNul(request.variables) || documentContainsNul(document)) {
          throw new GraphQLError('Text may not contain NUL characters.', {
            extensions: {
              code: ErrorKind.BadUserInput,
              reason: EdgeErrorReason.NulCharacter,
              http: { status: 400 },
            },
          });
        }
      },
    };
  },
};
