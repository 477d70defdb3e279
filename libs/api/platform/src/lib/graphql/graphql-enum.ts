import { registerEnumType } from '@nestjs/graphql';

/**
 * Registers a GraphQL enum whose names are the upper-case form of the values
 * (`product_manager` -> `PRODUCT_MANAGER`), the GraphQL convention, while resolvers and
 * inputs keep working with the lower-case values stored in the database.
 * @returns the object to name in `@Field(() => ...)`
 */
export function graphqlEnum<V extends string>(
  values: Record<string, V>,
  name: string,
  description: string,
): Record<string, V> {
  const byName = Object.fromEntries(
    Object.values(values).map((value) => [value.toUpperCase(), value]),
  ) as Record<string, V>;
  registerEnumType(byName, { name, description });
  return byName;
}
