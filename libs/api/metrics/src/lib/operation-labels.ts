import { Kind, parse } from 'graphql';

/** The label of operations that have no name of their own. */
export const anonymousOperation = 'anonymous';
/** The label of named operations beyond the bound: neither trusted nor among the first seen. */
export const otherOperation = 'other';
/** The label of requests that never got as far as an operation (unparsable, invalid, refused). */
export const noOperation = 'none';

/** Named operations outside the trusted documents that get a label of their own, per process. */
export const maxUntrustedOperationNames = 50;
const maxNameLength = 100;

/**
 * Turns GraphQL operation names into metric labels without letting clients create unbounded
 * series: every operation of the web app's trusted documents keeps its name, and so do the first
 * {@link maxUntrustedOperationNames} other names a process sees (integrations with API tokens,
 * development without a manifest). Any further name is counted as `other`.
 */
export class OperationLabels {
  private readonly known: Set<string>;
  private untrusted = 0;

  constructor(
    trustedDocumentTexts: Iterable<string> = [],
    private readonly maxUntrusted = maxUntrustedOperationNames,
  ) {
    this.known = new Set(operationNamesIn(trustedDocumentTexts));
  }

  labelOf(name: string | null | undefined): string {
    if (!name) return anonymousOperation;
    if (this.known.has(name)) return name;
    if (this.untrusted >= this.maxUntrusted || name.length > maxNameLength) return otherOperation;
    this.untrusted += 1;
    this.known.add(name);
    return name;
  }
}

function* operationNamesIn(texts: Iterable<string>): Iterable<string> {
  for (const text of texts) {
    for (const definition of parse(text).definitions) {
      if (definition.kind === Kind.OPERATION_DEFINITION && definition.name) {
        yield definition.name.value;
      }
    }
  }
}
