import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import {
  createTestApp,
  gql,
  newPerson,
  signIn,
  type TestApp,
  type TestPerson,
} from '@forum/api/testing';
import { isAllowed, type MutationAccess, mutationAccess, Role, roles } from '@forum/shared/domain';
import {
  buildSchema,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
} from 'graphql';
import { featureModules } from '@forum/api/composition';
import { schemaFile } from './schema-file.js';

const schema = buildSchema(readFileSync(schemaFile, 'utf8'));
const mutations = Object.values(schema.getMutationType()?.getFields() ?? {});
const accessTable = mutationAccess as Record<string, MutationAccess>;
const accessDenials = new Set(['NOT_SIGNED_IN', 'ACCESS_DENIED']);

/** A syntactically valid value of any input type, so the request reaches authorisation. */
function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0]?.name;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sampleValue(field.type)]),
    );
  }
  if (isScalarType(type)) {
    switch (type.name) {
      case 'ID':
        return randomUUID();
      case 'Int':
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTime':
        return new Date(Date.now() + 86_400_000).toISOString();
      default:
        return 'sample value';
    }
  }
  throw new Error(`no sample for ${String(type)}`);
}

function operationFor(mutation: GraphQLField<unknown, unknown>) {
  const variables = Object.fromEntries(
    mutation.args.map((arg) => [arg.name, sampleValue(arg.type)]),
  );
  const declarations = mutation.args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const argumentList = mutation.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = (() => {
    let type = mutation.type;
    while ('ofType' in type && type.ofType) type = type.ofType;
    return isScalarType(type) || isEnumType(type) ? '' : '{ __typename }';
  })();
  return {
    query: `mutation Probe${declarations ? `(${declarations})` : ''} { ${mutation.name}${argumentList ? `(${argumentList})` : ''} ${selection} }`,
    variables,
  };
}

type Actor = Role | 'anonymous';
const actors: Actor[] = ['anonymous', ...roles];

describe('who may call which mutation', () => {
  let api: TestApp;
  const people = new Map<Role, TestPerson>();

  beforeAll(async () => {
    api = await createTestApp(featureModules);
    for (const role of roles) people.set(role, await newPerson(api, { role }));
    // Two admins, so an admin probing setUserRole never meets the last-admin rule first.
    await newPerson(api, { role: Role.Admin });
  });

  afterAll(async () => {
    await api?.close();
  });

  it('has an entry in the access table for every mutation in schema.gql, and none for mutations that do not exist', () => {
    const names = mutations.map((mutation) => mutation.name).sort();
    expect(names.filter((name) => !accessTable[name])).toEqual([]);
    expect(Object.keys(accessTable).filter((name) => !names.includes(name))).toEqual([]);
  });

  it.each(mutations.map((mutation) => [mutation.name, mutation] as const))(
    '%s: allows exactly the roles in the table',
    async (name, mutation) => {
      const access = accessTable[name];
      expect(access).toBeDefined();
      const outcomes: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const actor of actors) {
        const session = actor === 'anonymous' ? undefined : await signIn(api, people.get(actor)!);
        const response = await gql(api, { ...operationFor(mutation), as: session });
        const error = response.errors?.[0];
        expect(error?.extensions?.code).not.toBe('GRAPHQL_VALIDATION_FAILED');
        const denied = error !== undefined && accessDenials.has(String(error.extensions?.reason));
        outcomes[actor] = denied ? 'denied' : 'allowed';
        expected[actor] = isAllowed(access!, actor === 'anonymous' ? undefined : actor)
          ? 'allowed'
          : 'denied';
        if (denied) {
          expect(error?.extensions?.code).toBe(
            actor === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
          );
        }
      }
      expect(outcomes).toEqual(expected);
    },
  );
});
