import {
  getNamedType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';

// Operations built from the schema itself, for tests that send one kind of value to every
// argument that takes it.

export type Sample = (scalar: string) => unknown;

/** A value for every argument, every input field filled, scalars chosen by `sample`. */
function valueOf(type: GraphQLInputType, sample: Sample, depth = 0): unknown {
  if (isNonNullType(type)) return valueOf(type.ofType, sample, depth);
  if (isListType(type)) return [valueOf(type.ofType, sample, depth)];
  if (isEnumType(type)) return type.getValues()[0]?.value;
  if (isInputObjectType(type)) {
    if (depth > 3) return undefined;
    return Object.fromEntries(
      Object.values(type.getFields()).map((field) => [
        field.name,
        valueOf(field.type, sample, depth + 1),
      ]),
    );
  }
  return sample(isScalarType(type) ? type.name : 'String');
}

function takes(type: GraphQLInputType, scalar: string, depth = 0): boolean {
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    return (
      depth < 3 &&
      Object.values(named.getFields()).some((field) => takes(field.type, scalar, depth + 1))
    );
  }
  return named.name === scalar;
}

export interface Call {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Calls every root field with an argument of that scalar, filled by `sample`. */
export function callsTaking(schema: GraphQLSchema, scalar: string, sample: Sample): Call[] {
  const roots = [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const;
  return roots.flatMap(([kind, root]) =>
    Object.values(root?.getFields() ?? {})
      .filter((field: GraphQLField<unknown, unknown>) =>
        field.args.some((arg) => takes(arg.type, scalar)),
      )
      .map((field) => {
        const args = field.args as readonly GraphQLArgument[];
        const declared = args.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
        const passed = args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
        const selection = isCompositeType(getNamedType(field.type)) ? '{ __typename }' : '';
        return {
          name: `${kind} ${field.name}`,
          query: `${kind} Probe(${declared}) { ${field.name}(${passed}) ${selection} }`,
          variables: Object.fromEntries(args.map((arg) => [arg.name, valueOf(arg.type, sample)])),
        };
      }),
  );
}
