import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { estimateQueryCost, queryLimitRules, queryLimits } from '@forum/api/platform';
import {
  buildSchema,
  type DocumentNode,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  type OperationDefinitionNode,
  typeFromAST,
  validate,
} from 'graphql';

const workspaceRoot = join(import.meta.dirname, '../../../..');
const schema = buildSchema(readFileSync(join(workspaceRoot, 'apps/api/schema.gql'), 'utf8'));

/** The operations the web app is built with, as the code generator wrote them. */
function webOperations(): Array<[string, DocumentNode]> {
  const generated = readFileSync(
    join(workspaceRoot, 'libs/web/data-access-graphql/src/generated/graphql.ts'),
    'utf8',
  );
  return [
    ...generated.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm),
  ].map(([, name, json]) => [name!, JSON.parse(json!) as DocumentNode]);
}

/** A value of the given input type that the API accepts, with lists at their largest page. */
function sampleValue(type: GraphQLInputType, name: string): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType, name);
  if (isListType(type)) return [sampleValue(type.ofType, name)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sampleValue(field.type, field.name)]),
    );
  }
  if (/^(first|last|limit)$/.test(name)) return 100;
  return { Int: 1, Float: 1, Boolean: false }[type.name] ?? 'x';
}

function sampleVariables(document: DocumentNode): Record<string, unknown> {
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === 'OperationDefinition',
  );
  return Object.fromEntries(
    (operation?.variableDefinitions ?? []).map((definition) => {
      const name = definition.variable.name.value;
      return [name, sampleValue(typeFromAST(schema, definition.type) as GraphQLInputType, name)];
    }),
  );
}

describe('the query limits and the web app', () => {
  const operations = webOperations();

  it('finds the generated operations', () => {
    expect(operations.length).toBeGreaterThan(50);
  });

  it.each(operations)('lets %s through the depth and alias limits', (_name, document) => {
    expect(validate(schema, document, queryLimitRules)).toEqual([]);
  });

  it.each(operations)(
    'keeps %s under the cost limit at the largest page size',
    (_name, document) => {
      expect(estimateQueryCost(schema, document, sampleVariables(document))).toBeLessThanOrEqual(
        queryLimits.maxCost,
      );
    },
  );
});
