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
    "\n  query Me {\n    me { id email name role locale calendar permissions workspace { id name } }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) { id name locale calendar }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout { logout }\n": typeof types.LogoutDocument,
    "\n  mutation UpdatePreferences($input: UpdatePreferencesInput!) {\n    updateMyPreferences(input: $input) { id locale calendar }\n  }\n": typeof types.UpdatePreferencesDocument,
    "\n  query AttributeRegistry($includeRetired: Boolean! = false) {\n    attributeDefinitions(includeRetired: $includeRetired) {\n      id key type system required unique defaultValue group position shownInList filterable retired\n      label { en ru fa }\n      helpText { en ru fa }\n      choices { value label { en ru fa } }\n    }\n    attributeGroups { key position label { en ru fa } }\n  }\n": typeof types.AttributeRegistryDocument,
    "\n  fragment CustomerFields on Customer {\n    id status attributes displayName createdAt updatedAt\n  }\n": typeof types.CustomerFieldsFragmentDoc,
    "\n  query Customers($first: Int, $after: String, $sort: CustomerSortInput, $search: String) {\n    customers(first: $first, after: $after, sort: $sort, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CustomerFields } }\n    }\n  }\n": typeof types.CustomersDocument,
    "\n  query Customer($id: ID!) {\n    customer(id: $id) { ...CustomerFields }\n  }\n": typeof types.CustomerDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { ...CustomerFields }\n  }\n": typeof types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) { ...CustomerFields }\n  }\n": typeof types.UpdateCustomerDocument,
    "\n    mutation ActivateCustomer($id: ID!) { activateCustomer(id: $id) { ...CustomerFields } }\n  ": typeof types.ActivateCustomerDocument,
    "\n    mutation DeactivateCustomer($id: ID!) { deactivateCustomer(id: $id) { ...CustomerFields } }\n  ": typeof types.DeactivateCustomerDocument,
    "\n  mutation DeleteCustomer($id: ID!) { deleteCustomer(id: $id) }\n": typeof types.DeleteCustomerDocument,
    "\n  query CustomerHistory($id: ID!, $first: Int!, $after: String, $types: [HistoryEventType!]) {\n    customer(id: $id) {\n      id\n      history(first: $first, after: $after, types: $types) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id type occurredAt actor { id name kind } changes { key oldValue newValue } } }\n      }\n    }\n  }\n": typeof types.CustomerHistoryDocument,
    "\n  mutation CreateAttribute($input: CreateAttributeDefinitionInput!) {\n    createAttributeDefinition(input: $input) { id }\n  }\n": typeof types.CreateAttributeDocument,
    "\n  mutation UpdateAttribute($id: ID!, $input: UpdateAttributeDefinitionInput!) {\n    updateAttributeDefinition(id: $id, input: $input) { id }\n  }\n": typeof types.UpdateAttributeDocument,
    "\n  mutation ReorderAttributes($ids: [ID!]!) {\n    reorderAttributeDefinitions(ids: $ids) { id position }\n  }\n": typeof types.ReorderAttributesDocument,
    "\n  mutation RetireAttribute($id: ID!) { retireAttributeDefinition(id: $id) { id retired } }\n": typeof types.RetireAttributeDocument,
    "\n  mutation RestoreAttribute($id: ID!) { restoreAttributeDefinition(id: $id) { id retired } }\n": typeof types.RestoreAttributeDocument,
};
const documents: Documents = {
    "\n  query Me {\n    me { id email name role locale calendar permissions workspace { id name } }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) { id name locale calendar }\n  }\n": types.LoginDocument,
    "\n  mutation Logout { logout }\n": types.LogoutDocument,
    "\n  mutation UpdatePreferences($input: UpdatePreferencesInput!) {\n    updateMyPreferences(input: $input) { id locale calendar }\n  }\n": types.UpdatePreferencesDocument,
    "\n  query AttributeRegistry($includeRetired: Boolean! = false) {\n    attributeDefinitions(includeRetired: $includeRetired) {\n      id key type system required unique defaultValue group position shownInList filterable retired\n      label { en ru fa }\n      helpText { en ru fa }\n      choices { value label { en ru fa } }\n    }\n    attributeGroups { key position label { en ru fa } }\n  }\n": types.AttributeRegistryDocument,
    "\n  fragment CustomerFields on Customer {\n    id status attributes displayName createdAt updatedAt\n  }\n": types.CustomerFieldsFragmentDoc,
    "\n  query Customers($first: Int, $after: String, $sort: CustomerSortInput, $search: String) {\n    customers(first: $first, after: $after, sort: $sort, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CustomerFields } }\n    }\n  }\n": types.CustomersDocument,
    "\n  query Customer($id: ID!) {\n    customer(id: $id) { ...CustomerFields }\n  }\n": types.CustomerDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { ...CustomerFields }\n  }\n": types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) { ...CustomerFields }\n  }\n": types.UpdateCustomerDocument,
    "\n    mutation ActivateCustomer($id: ID!) { activateCustomer(id: $id) { ...CustomerFields } }\n  ": types.ActivateCustomerDocument,
    "\n    mutation DeactivateCustomer($id: ID!) { deactivateCustomer(id: $id) { ...CustomerFields } }\n  ": types.DeactivateCustomerDocument,
    "\n  mutation DeleteCustomer($id: ID!) { deleteCustomer(id: $id) }\n": types.DeleteCustomerDocument,
    "\n  query CustomerHistory($id: ID!, $first: Int!, $after: String, $types: [HistoryEventType!]) {\n    customer(id: $id) {\n      id\n      history(first: $first, after: $after, types: $types) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id type occurredAt actor { id name kind } changes { key oldValue newValue } } }\n      }\n    }\n  }\n": types.CustomerHistoryDocument,
    "\n  mutation CreateAttribute($input: CreateAttributeDefinitionInput!) {\n    createAttributeDefinition(input: $input) { id }\n  }\n": types.CreateAttributeDocument,
    "\n  mutation UpdateAttribute($id: ID!, $input: UpdateAttributeDefinitionInput!) {\n    updateAttributeDefinition(id: $id, input: $input) { id }\n  }\n": types.UpdateAttributeDocument,
    "\n  mutation ReorderAttributes($ids: [ID!]!) {\n    reorderAttributeDefinitions(ids: $ids) { id position }\n  }\n": types.ReorderAttributesDocument,
    "\n  mutation RetireAttribute($id: ID!) { retireAttributeDefinition(id: $id) { id retired } }\n": types.RetireAttributeDocument,
    "\n  mutation RestoreAttribute($id: ID!) { restoreAttributeDefinition(id: $id) { id retired } }\n": types.RestoreAttributeDocument,
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
export function graphql(source: "\n  query Me {\n    me { id email name role locale calendar permissions workspace { id name } }\n  }\n"): (typeof documents)["\n  query Me {\n    me { id email name role locale calendar permissions workspace { id name } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) { id name locale calendar }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) { id name locale calendar }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout { logout }\n"): (typeof documents)["\n  mutation Logout { logout }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePreferences($input: UpdatePreferencesInput!) {\n    updateMyPreferences(input: $input) { id locale calendar }\n  }\n"): (typeof documents)["\n  mutation UpdatePreferences($input: UpdatePreferencesInput!) {\n    updateMyPreferences(input: $input) { id locale calendar }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AttributeRegistry($includeRetired: Boolean! = false) {\n    attributeDefinitions(includeRetired: $includeRetired) {\n      id key type system required unique defaultValue group position shownInList filterable retired\n      label { en ru fa }\n      helpText { en ru fa }\n      choices { value label { en ru fa } }\n    }\n    attributeGroups { key position label { en ru fa } }\n  }\n"): (typeof documents)["\n  query AttributeRegistry($includeRetired: Boolean! = false) {\n    attributeDefinitions(includeRetired: $includeRetired) {\n      id key type system required unique defaultValue group position shownInList filterable retired\n      label { en ru fa }\n      helpText { en ru fa }\n      choices { value label { en ru fa } }\n    }\n    attributeGroups { key position label { en ru fa } }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerFields on Customer {\n    id status attributes displayName createdAt updatedAt\n  }\n"): (typeof documents)["\n  fragment CustomerFields on Customer {\n    id status attributes displayName createdAt updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customers($first: Int, $after: String, $sort: CustomerSortInput, $search: String) {\n    customers(first: $first, after: $after, sort: $sort, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CustomerFields } }\n    }\n  }\n"): (typeof documents)["\n  query Customers($first: Int, $after: String, $sort: CustomerSortInput, $search: String) {\n    customers(first: $first, after: $after, sort: $sort, search: $search) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      edges { node { ...CustomerFields } }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customer($id: ID!) {\n    customer(id: $id) { ...CustomerFields }\n  }\n"): (typeof documents)["\n  query Customer($id: ID!) {\n    customer(id: $id) { ...CustomerFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { ...CustomerFields }\n  }\n"): (typeof documents)["\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) { ...CustomerFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) { ...CustomerFields }\n  }\n"): (typeof documents)["\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) { ...CustomerFields }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation ActivateCustomer($id: ID!) { activateCustomer(id: $id) { ...CustomerFields } }\n  "): (typeof documents)["\n    mutation ActivateCustomer($id: ID!) { activateCustomer(id: $id) { ...CustomerFields } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n    mutation DeactivateCustomer($id: ID!) { deactivateCustomer(id: $id) { ...CustomerFields } }\n  "): (typeof documents)["\n    mutation DeactivateCustomer($id: ID!) { deactivateCustomer(id: $id) { ...CustomerFields } }\n  "];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCustomer($id: ID!) { deleteCustomer(id: $id) }\n"): (typeof documents)["\n  mutation DeleteCustomer($id: ID!) { deleteCustomer(id: $id) }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerHistory($id: ID!, $first: Int!, $after: String, $types: [HistoryEventType!]) {\n    customer(id: $id) {\n      id\n      history(first: $first, after: $after, types: $types) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id type occurredAt actor { id name kind } changes { key oldValue newValue } } }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerHistory($id: ID!, $first: Int!, $after: String, $types: [HistoryEventType!]) {\n    customer(id: $id) {\n      id\n      history(first: $first, after: $after, types: $types) {\n        totalCount\n        pageInfo { hasNextPage endCursor }\n        edges { node { id type occurredAt actor { id name kind } changes { key oldValue newValue } } }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAttribute($input: CreateAttributeDefinitionInput!) {\n    createAttributeDefinition(input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation CreateAttribute($input: CreateAttributeDefinitionInput!) {\n    createAttributeDefinition(input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAttribute($id: ID!, $input: UpdateAttributeDefinitionInput!) {\n    updateAttributeDefinition(id: $id, input: $input) { id }\n  }\n"): (typeof documents)["\n  mutation UpdateAttribute($id: ID!, $input: UpdateAttributeDefinitionInput!) {\n    updateAttributeDefinition(id: $id, input: $input) { id }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderAttributes($ids: [ID!]!) {\n    reorderAttributeDefinitions(ids: $ids) { id position }\n  }\n"): (typeof documents)["\n  mutation ReorderAttributes($ids: [ID!]!) {\n    reorderAttributeDefinitions(ids: $ids) { id position }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireAttribute($id: ID!) { retireAttributeDefinition(id: $id) { id retired } }\n"): (typeof documents)["\n  mutation RetireAttribute($id: ID!) { retireAttributeDefinition(id: $id) { id retired } }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreAttribute($id: ID!) { restoreAttributeDefinition(id: $id) { id retired } }\n"): (typeof documents)["\n  mutation RestoreAttribute($id: ID!) { restoreAttributeDefinition(id: $id) { id retired } }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;