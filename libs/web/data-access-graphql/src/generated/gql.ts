/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment OrganisationFields on Organisation {\n    id\n    name\n    plan\n    annualRevenue\n    createdAt\n  }\n": typeof types.OrganisationFieldsFragmentDoc,
    "\n  fragment PersonFields on User {\n    id\n    displayName\n    email\n    emailVerified\n    role\n    isStaff\n    isDeleted\n    staffTitle\n    productAreas\n    createdAt\n    suspendedUntil\n    suspensionReason\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.PersonFieldsFragmentDoc,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    scope\n    createdAt\n    lastUsedAt\n  }\n": typeof types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n": typeof types.ApiTokensDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n": typeof types.DeleteAccountDocument,
    "\n  query Organisations {\n    organisations {\n      ...OrganisationFields\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  query People($search: String, $role: Role, $first: Int!, $after: String) {\n    users(search: $search, role: $role, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PersonFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": typeof types.ResendVerificationEmailDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      id\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  mutation SetExpertProfile($input: SetExpertProfileInput!) {\n    setExpertProfile(input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.SetExpertProfileDocument,
    "\n  mutation SetOrganisation($input: SetOrganisationInput!) {\n    setOrganisation(input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.SetOrganisationDocument,
    "\n  mutation SetUserRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.SetUserRoleDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      password\n      sso {\n        label\n        startUrl\n      }\n    }\n  }\n": typeof types.SignInOptionsDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": typeof types.SignOutEverywhereDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation SuspendUser($input: SuspendUserInput!) {\n    suspendUser(input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.SuspendUserDocument,
    "\n  mutation UnsuspendUser($input: UnsuspendUserInput!) {\n    unsuspendUser(input: $input) {\n      ...PersonFields\n    }\n  }\n": typeof types.UnsuspendUserDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      id\n      displayName\n      email\n      emailVerified\n      locale\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      hasPassword\n      locale\n      role\n      isStaff\n      staffTitle\n      productAreas\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment DependencyStatusRowFields on DependencyHealth {\n    status\n    latencyMs\n  }\n": typeof types.DependencyStatusRowFieldsFragmentDoc,
    "\n  query HealthStatus {\n    health {\n      status\n      version\n      uptimeSeconds\n      checkedAt\n      database {\n        ...DependencyStatusRowFields\n      }\n      search {\n        ...DependencyStatusRowFields\n      }\n      jobs {\n        ...DependencyStatusRowFields\n      }\n    }\n  }\n": typeof types.HealthStatusDocument,
};
const documents: Documents = {
    "\n  fragment OrganisationFields on Organisation {\n    id\n    name\n    plan\n    annualRevenue\n    createdAt\n  }\n": types.OrganisationFieldsFragmentDoc,
    "\n  fragment PersonFields on User {\n    id\n    displayName\n    email\n    emailVerified\n    role\n    isStaff\n    isDeleted\n    staffTitle\n    productAreas\n    createdAt\n    suspendedUntil\n    suspensionReason\n    organisation {\n      id\n      name\n    }\n  }\n": types.PersonFieldsFragmentDoc,
    "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    scope\n    createdAt\n    lastUsedAt\n  }\n": types.ApiTokenFieldsFragmentDoc,
    "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n": types.ApiTokensDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n": types.DeleteAccountDocument,
    "\n  query Organisations {\n    organisations {\n      ...OrganisationFields\n    }\n  }\n": types.OrganisationsDocument,
    "\n  query People($search: String, $role: Role, $first: Int!, $after: String) {\n    users(search: $search, role: $role, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PersonFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": types.ResendVerificationEmailDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n": types.ResetPasswordDocument,
    "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      id\n      revokedAt\n    }\n  }\n": types.RevokeApiTokenDocument,
    "\n  mutation SetExpertProfile($input: SetExpertProfileInput!) {\n    setExpertProfile(input: $input) {\n      ...PersonFields\n    }\n  }\n": types.SetExpertProfileDocument,
    "\n  mutation SetOrganisation($input: SetOrganisationInput!) {\n    setOrganisation(input: $input) {\n      ...PersonFields\n    }\n  }\n": types.SetOrganisationDocument,
    "\n  mutation SetUserRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      ...PersonFields\n    }\n  }\n": types.SetUserRoleDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n": types.SignInDocument,
    "\n  query SignInOptions {\n    signInOptions {\n      password\n      sso {\n        label\n        startUrl\n      }\n    }\n  }\n": types.SignInOptionsDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n": types.SignOutEverywhereDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation SuspendUser($input: SuspendUserInput!) {\n    suspendUser(input: $input) {\n      ...PersonFields\n    }\n  }\n": types.SuspendUserDocument,
    "\n  mutation UnsuspendUser($input: UnsuspendUserInput!) {\n    unsuspendUser(input: $input) {\n      ...PersonFields\n    }\n  }\n": types.UnsuspendUserDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      id\n      displayName\n      email\n      emailVerified\n      locale\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      hasPassword\n      locale\n      role\n      isStaff\n      staffTitle\n      productAreas\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment DependencyStatusRowFields on DependencyHealth {\n    status\n    latencyMs\n  }\n": types.DependencyStatusRowFieldsFragmentDoc,
    "\n  query HealthStatus {\n    health {\n      status\n      version\n      uptimeSeconds\n      checkedAt\n      database {\n        ...DependencyStatusRowFields\n      }\n      search {\n        ...DependencyStatusRowFields\n      }\n      jobs {\n        ...DependencyStatusRowFields\n      }\n    }\n  }\n": types.HealthStatusDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrganisationFields on Organisation {\n    id\n    name\n    plan\n    annualRevenue\n    createdAt\n  }\n"): (typeof documents)["\n  fragment OrganisationFields on Organisation {\n    id\n    name\n    plan\n    annualRevenue\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PersonFields on User {\n    id\n    displayName\n    email\n    emailVerified\n    role\n    isStaff\n    isDeleted\n    staffTitle\n    productAreas\n    createdAt\n    suspendedUntil\n    suspensionReason\n    organisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PersonFields on User {\n    id\n    displayName\n    email\n    emailVerified\n    role\n    isStaff\n    isDeleted\n    staffTitle\n    productAreas\n    createdAt\n    suspendedUntil\n    suspensionReason\n    organisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    scope\n    createdAt\n    lastUsedAt\n  }\n"): (typeof documents)["\n  fragment ApiTokenFields on ApiToken {\n    id\n    name\n    prefix\n    scope\n    createdAt\n    lastUsedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n"): (typeof documents)["\n  query ApiTokens {\n    apiTokens {\n      ...ApiTokenFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      token\n      apiToken {\n        ...ApiTokenFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n"): (typeof documents)["\n  mutation DeleteAccount($input: DeleteAccountInput!) {\n    deleteAccount(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations {\n    organisations {\n      ...OrganisationFields\n    }\n  }\n"): (typeof documents)["\n  query Organisations {\n    organisations {\n      ...OrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($search: String, $role: Role, $first: Int!, $after: String) {\n    users(search: $search, role: $role, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PersonFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"): (typeof documents)["\n  query People($search: String, $role: Role, $first: Int!, $after: String) {\n    users(search: $search, role: $role, first: $first, after: $after) {\n      totalCount\n      edges {\n        cursor\n        node {\n          ...PersonFields\n        }\n      }\n      pageInfo {\n        endCursor\n        hasNextPage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {\n    requestPasswordReset(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"): (typeof documents)["\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      id\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($input: RevokeApiTokenInput!) {\n    revokeApiToken(input: $input) {\n      id\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetExpertProfile($input: SetExpertProfileInput!) {\n    setExpertProfile(input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetExpertProfile($input: SetExpertProfileInput!) {\n    setExpertProfile(input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetOrganisation($input: SetOrganisationInput!) {\n    setOrganisation(input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetOrganisation($input: SetOrganisationInput!) {\n    setOrganisation(input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetUserRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation SetUserRole($input: SetUserRoleInput!) {\n    setUserRole(input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SignInOptions {\n    signInOptions {\n      password\n      sso {\n        label\n        startUrl\n      }\n    }\n  }\n"): (typeof documents)["\n  query SignInOptions {\n    signInOptions {\n      password\n      sso {\n        label\n        startUrl\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"): (typeof documents)["\n  mutation SignOutEverywhere {\n    signOutEverywhere\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendUser($input: SuspendUserInput!) {\n    suspendUser(input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation SuspendUser($input: SuspendUserInput!) {\n    suspendUser(input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnsuspendUser($input: UnsuspendUserInput!) {\n    unsuspendUser(input: $input) {\n      ...PersonFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnsuspendUser($input: UnsuspendUserInput!) {\n    unsuspendUser(input: $input) {\n      ...PersonFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      ...OrganisationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      displayName\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      id\n      displayName\n      email\n      emailVerified\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($input: VerifyEmailInput!) {\n    verifyEmail(input: $input) {\n      id\n      displayName\n      email\n      emailVerified\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      hasPassword\n      locale\n      role\n      isStaff\n      staffTitle\n      productAreas\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      hasPassword\n      locale\n      role\n      isStaff\n      staffTitle\n      productAreas\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DependencyStatusRowFields on DependencyHealth {\n    status\n    latencyMs\n  }\n"): (typeof documents)["\n  fragment DependencyStatusRowFields on DependencyHealth {\n    status\n    latencyMs\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HealthStatus {\n    health {\n      status\n      version\n      uptimeSeconds\n      checkedAt\n      database {\n        ...DependencyStatusRowFields\n      }\n      search {\n        ...DependencyStatusRowFields\n      }\n      jobs {\n        ...DependencyStatusRowFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query HealthStatus {\n    health {\n      status\n      version\n      uptimeSeconds\n      checkedAt\n      database {\n        ...DependencyStatusRowFields\n      }\n      search {\n        ...DependencyStatusRowFields\n      }\n      jobs {\n        ...DependencyStatusRowFields\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;