/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** Whether a component is working. */
export type HealthStatus =
  | 'DOWN'
  | 'UP';

export type DependencyStatusRowFieldsFragment = { status: HealthStatus, latencyMs: number } & { ' $fragmentName'?: 'DependencyStatusRowFieldsFragment' };

export type HealthStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type HealthStatusQuery = { health: { status: HealthStatus, version: string, uptimeSeconds: number, checkedAt: string, database: { ' $fragmentRefs'?: { 'DependencyStatusRowFieldsFragment': DependencyStatusRowFieldsFragment } }, search: { ' $fragmentRefs'?: { 'DependencyStatusRowFieldsFragment': DependencyStatusRowFieldsFragment } }, jobs: { ' $fragmentRefs'?: { 'DependencyStatusRowFieldsFragment': DependencyStatusRowFieldsFragment } } } };

export const DependencyStatusRowFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DependencyStatusRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DependencyHealth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}}]}}]} as unknown as DocumentNode<DependencyStatusRowFieldsFragment, unknown>;
export const HealthStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HealthStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"health"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"uptimeSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}},{"kind":"Field","name":{"kind":"Name","value":"database"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DependencyStatusRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"search"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DependencyStatusRowFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"jobs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DependencyStatusRowFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DependencyStatusRowFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DependencyHealth"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"latencyMs"}}]}}]} as unknown as DocumentNode<HealthStatusQuery, HealthStatusQueryVariables>;