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
    "\n  query AttributeRegistry($includeRetired: Boolean! = false) {\n    attributeDefinitions(includeRetired: $includeRetired) {\n      id\n      key\n      type\n      system\n      required\n      unique\n      defaultValue\n      group\n      position\n      shownInList\n      filterable\n      retired\n      label {\n        en\n        ru\n        fa\n      }\n      helpText {\n        en\n        ru\n        fa\n      }\n      choices {\n        value\n        label {\n          en\n          ru\n          fa\n        }\n      }\n    }\n    attributeGroups {\n      key\n      position\n      label {\n        en\n        ru\n        fa\n      }\n    }\n  }\n": typeof types.AttributeRegistryDocument,
    "\n  mutation CreateAttributeDefinition($input: CreateAttributeDefinitionInput!) {\n    createAttributeDefinition(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateAttributeDefinitionDocument,
    "\n  mutation UpdateAttributeDefinition($id: ID!, $input: UpdateAttributeDefinitionInput!) {\n    updateAttributeDefinition(id: $id, input: $input) {\n      id\n    }\n  }\n": typeof types.UpdateAttributeDefinitionDocument,
    "\n  mutation ReorderAttributeDefinitions($ids: [ID!]!) {\n    reorderAttributeDefinitions(ids: $ids) {\n      id\n      position\n    }\n  }\n": typeof types.ReorderAttributeDefinitionsDocument,
    "\n  mutation RetireAttributeDefinition($id: ID!) {\n    retireAttributeDefinition(id: $id) {\n      id\n      retired\n    }\n  }\n": typeof types.RetireAttributeDefinitionDocument,
    "\n  mutation RestoreAttributeDefinition($id: ID!) {\n    restoreAttributeDefinition(id: $id) {\n      id\n      retired\n    }\n  }\n": typeof types.RestoreAttributeDefinitionDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      locale\n      calendar\n      permissions\n      workspace {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      locale\n      calendar\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  query CustomerHistory($id: ID!, $first: Int!, $after: String, $types: [HistoryEventType!]) {\n    customer(id: $id) {\n      id\n      history(first: $first, after: $after, types: $types) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            type\n            occurredAt\n            actor {\n              id\n              name\n              kind\n            }\n            changes {\n              key\n              oldValue\n              newValue\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.CustomerHistoryDocument,
    "\n  mutation ActivateCustomer($id: ID!) {\n    activateCustomer(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.ActivateCustomerDocument,
    "\n  mutation DeactivateCustomer($id: ID!) {\n    deactivateCustomer(id: $id) {\n      id\n      status\n    }\n  }\n": typeof types.DeactivateCustomerDocument,
    "\n  fragment CustomerFields on Customer {\n    id\n    status\n    attributes\n    displayName\n    createdAt\n    updatedAt\n  }\n": typeof types.CustomerFieldsFragmentDoc,
    "\n  query Customers($first: Int, $after: String, $sort: CustomerSortInput, $search: String) {\n    customers(first: $first, after: $after, sort: $sort, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CustomerFields\n        }\n      }\n    }\n  }\n": typeof types.CustomersDocument,
    "\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      ...CustomerFields\n    }\n  }\n": typeof types.CustomerDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      ...CustomerFields\n    }\n  }\n": typeof types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      ...CustomerFields\n    }\n  }\n": typeof types.UpdateCustomerDocument,
    "\n  mutation DeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n": typeof types.DeleteCustomerDocument,
    "\n  mutation UpdateMyPreferences($input: UpdatePreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      id\n      locale\n      calendar\n    }\n  }\n": typeof types.UpdateMyPreferencesDocument,
};
const documents: Documents = {
    "\n  query AttributeRegistry($includeRetired: Boolean! = false) {\n    attributeDefinitions(includeRetired: $includeRetired) {\n      id\n      key\n      type\n      system\n      required\n      unique\n      defaultValue\n      group\n      position\n      shownInList\n      filterable\n      retired\n      label {\n        en\n        ru\n        fa\n      }\n      helpText {\n        en\n        ru\n        fa\n      }\n      choices {\n        value\n        label {\n          en\n          ru\n          fa\n        }\n      }\n    }\n    attributeGroups {\n      key\n      position\n      label {\n        en\n        ru\n        fa\n      }\n    }\n  }\n": types.AttributeRegistryDocument,
    "\n  mutation CreateAttributeDefinition($input: CreateAttributeDefinitionInput!) {\n    createAttributeDefinition(input: $input) {\n      id\n    }\n  }\n": types.CreateAttributeDefinitionDocument,
    "\n  mutation UpdateAttributeDefinition($id: ID!, $input: UpdateAttributeDefinitionInput!) {\n    updateAttributeDefinition(id: $id, input: $input) {\n      id\n    }\n  }\n": types.UpdateAttributeDefinitionDocument,
    "\n  mutation ReorderAttributeDefinitions($ids: [ID!]!) {\n    reorderAttributeDefinitions(ids: $ids) {\n      id\n      position\n    }\n  }\n": types.ReorderAttributeDefinitionsDocument,
    "\n  mutation RetireAttributeDefinition($id: ID!) {\n    retireAttributeDefinition(id: $id) {\n      id\n      retired\n    }\n  }\n": types.RetireAttributeDefinitionDocument,
    "\n  mutation RestoreAttributeDefinition($id: ID!) {\n    restoreAttributeDefinition(id: $id) {\n      id\n      retired\n    }\n  }\n": types.RestoreAttributeDefinitionDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      locale\n      calendar\n      permissions\n      workspace {\n        id\n        name\n      }\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      locale\n      calendar\n    }\n  }\n": types.LoginDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  query CustomerHistory($id: ID!, $first: Int!, $after: String, $types: [HistoryEventType!]) {\n    customer(id: $id) {\n      id\n      history(first: $first, after: $after, types: $types) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            type\n            occurredAt\n            actor {\n              id\n              name\n              kind\n            }\n            changes {\n              key\n              oldValue\n              newValue\n            }\n          }\n        }\n      }\n    }\n  }\n": types.CustomerHistoryDocument,
    "\n  mutation ActivateCustomer($id: ID!) {\n    activateCustomer(id: $id) {\n      id\n      status\n    }\n  }\n": types.ActivateCustomerDocument,
    "\n  mutation DeactivateCustomer($id: ID!) {\n    deactivateCustomer(id: $id) {\n      id\n      status\n    }\n  }\n": types.DeactivateCustomerDocument,
    "\n  fragment CustomerFields on Customer {\n    id\n    status\n    attributes\n    displayName\n    createdAt\n    updatedAt\n  }\n": types.CustomerFieldsFragmentDoc,
    "\n  query Customers($first: Int, $after: String, $sort: CustomerSortInput, $search: String) {\n    customers(first: $first, after: $after, sort: $sort, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CustomerFields\n        }\n      }\n    }\n  }\n": types.CustomersDocument,
    "\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      ...CustomerFields\n    }\n  }\n": types.CustomerDocument,
    "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      ...CustomerFields\n    }\n  }\n": types.CreateCustomerDocument,
    "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      ...CustomerFields\n    }\n  }\n": types.UpdateCustomerDocument,
    "\n  mutation DeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n": types.DeleteCustomerDocument,
    "\n  mutation UpdateMyPreferences($input: UpdatePreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      id\n      locale\n      calendar\n    }\n  }\n": types.UpdateMyPreferencesDocument,
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
export function graphql(source: "\n  query AttributeRegistry($includeRetired: Boolean! = false) {\n    attributeDefinitions(includeRetired: $includeRetired) {\n      id\n      key\n      type\n      system\n      required\n      unique\n      defaultValue\n      group\n      position\n      shownInList\n      filterable\n      retired\n      label {\n        en\n        ru\n        fa\n      }\n      helpText {\n        en\n        ru\n        fa\n      }\n      choices {\n        value\n        label {\n          en\n          ru\n          fa\n        }\n      }\n    }\n    attributeGroups {\n      key\n      position\n      label {\n        en\n        ru\n        fa\n      }\n    }\n  }\n"): (typeof documents)["\n  query AttributeRegistry($includeRetired: Boolean! = false) {\n    attributeDefinitions(includeRetired: $includeRetired) {\n      id\n      key\n      type\n      system\n      required\n      unique\n      defaultValue\n      group\n      position\n      shownInList\n      filterable\n      retired\n      label {\n        en\n        ru\n        fa\n      }\n      helpText {\n        en\n        ru\n        fa\n      }\n      choices {\n        value\n        label {\n          en\n          ru\n          fa\n        }\n      }\n    }\n    attributeGroups {\n      key\n      position\n      label {\n        en\n        ru\n        fa\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAttributeDefinition($input: CreateAttributeDefinitionInput!) {\n    createAttributeDefinition(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAttributeDefinition($input: CreateAttributeDefinitionInput!) {\n    createAttributeDefinition(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAttributeDefinition($id: ID!, $input: UpdateAttributeDefinitionInput!) {\n    updateAttributeDefinition(id: $id, input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAttributeDefinition($id: ID!, $input: UpdateAttributeDefinitionInput!) {\n    updateAttributeDefinition(id: $id, input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReorderAttributeDefinitions($ids: [ID!]!) {\n    reorderAttributeDefinitions(ids: $ids) {\n      id\n      position\n    }\n  }\n"): (typeof documents)["\n  mutation ReorderAttributeDefinitions($ids: [ID!]!) {\n    reorderAttributeDefinitions(ids: $ids) {\n      id\n      position\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RetireAttributeDefinition($id: ID!) {\n    retireAttributeDefinition(id: $id) {\n      id\n      retired\n    }\n  }\n"): (typeof documents)["\n  mutation RetireAttributeDefinition($id: ID!) {\n    retireAttributeDefinition(id: $id) {\n      id\n      retired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreAttributeDefinition($id: ID!) {\n    restoreAttributeDefinition(id: $id) {\n      id\n      retired\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreAttributeDefinition($id: ID!) {\n    restoreAttributeDefinition(id: $id) {\n      id\n      retired\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      locale\n      calendar\n      permissions\n      workspace {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      name\n      role\n      locale\n      calendar\n      permissions\n      workspace {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      locale\n      calendar\n    }\n  }\n"): (typeof documents)["\n  mutation Login($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      id\n      locale\n      calendar\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CustomerHistory($id: ID!, $first: Int!, $after: String, $types: [HistoryEventType!]) {\n    customer(id: $id) {\n      id\n      history(first: $first, after: $after, types: $types) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            type\n            occurredAt\n            actor {\n              id\n              name\n              kind\n            }\n            changes {\n              key\n              oldValue\n              newValue\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CustomerHistory($id: ID!, $first: Int!, $after: String, $types: [HistoryEventType!]) {\n    customer(id: $id) {\n      id\n      history(first: $first, after: $after, types: $types) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          node {\n            id\n            type\n            occurredAt\n            actor {\n              id\n              name\n              kind\n            }\n            changes {\n              key\n              oldValue\n              newValue\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ActivateCustomer($id: ID!) {\n    activateCustomer(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ActivateCustomer($id: ID!) {\n    activateCustomer(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeactivateCustomer($id: ID!) {\n    deactivateCustomer(id: $id) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation DeactivateCustomer($id: ID!) {\n    deactivateCustomer(id: $id) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CustomerFields on Customer {\n    id\n    status\n    attributes\n    displayName\n    createdAt\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment CustomerFields on Customer {\n    id\n    status\n    attributes\n    displayName\n    createdAt\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customers($first: Int, $after: String, $sort: CustomerSortInput, $search: String) {\n    customers(first: $first, after: $after, sort: $sort, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CustomerFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Customers($first: Int, $after: String, $sort: CustomerSortInput, $search: String) {\n    customers(first: $first, after: $after, sort: $sort, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          ...CustomerFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      ...CustomerFields\n    }\n  }\n"): (typeof documents)["\n  query Customer($id: ID!) {\n    customer(id: $id) {\n      ...CustomerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      ...CustomerFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCustomer($input: CreateCustomerInput!) {\n    createCustomer(input: $input) {\n      ...CustomerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      ...CustomerFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCustomer($id: ID!, $input: UpdateCustomerInput!) {\n    updateCustomer(id: $id, input: $input) {\n      ...CustomerFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteCustomer($id: ID!) {\n    deleteCustomer(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMyPreferences($input: UpdatePreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      id\n      locale\n      calendar\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMyPreferences($input: UpdatePreferencesInput!) {\n    updateMyPreferences(input: $input) {\n      id\n      locale\n      calendar\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;