import { join } from 'node:path';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';

/** The committed SDL that reviewers and the web app's code generator read. */
export const schemaFile = join(import.meta.dirname, '../../schema.gql');

const header = `# ------------------------------------------------------
# THIS FILE WAS AUTOMATICALLY GENERATED (DO NOT MODIFY)
# ------------------------------------------------------

`;

/** The SDL exactly as the API writes it to `schema.gql`. */
export function printSchemaFile(schema: GraphQLSchema): string {
  return header + printSchema(lexicographicSortSchema(schema));
}
