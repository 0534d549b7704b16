/* eslint-disable */
import * as types from './graphql.js';
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
    "query BasedIn($key: String!) {\n  entity(key: $key) {\n    __typename\n    name\n    ... on City {\n      locatedIn {\n        name\n      }\n      basedHere {\n        key\n        name\n        kind\n      }\n    }\n    relations(types: [BASED_IN, HELD_IN], direction: IN) {\n      edges {\n        node {\n          name\n        }\n        relation {\n          citations {\n            quote\n          }\n        }\n      }\n    }\n  }\n}": typeof types.BasedInDocument,
    "query EntityRelations($key: String!, $direction: Direction, $types: [RelationType!], $first: Int, $after: String) {\n  entity(key: $key) {\n    id\n    key\n    name\n    kind\n    aliases\n    relations(direction: $direction, types: $types, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        direction\n        node {\n          key\n          name\n          kind\n        }\n        relation {\n          id\n          key\n          type\n          from {\n            key\n          }\n          to {\n            key\n          }\n          amount {\n            value\n            currency\n            qualifier\n          }\n          date\n          citations {\n            quote\n            source {\n              key\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.EntityRelationsDocument,
    "query MembershipPath {\n  entities(kinds: [SUMMIT]) {\n    __typename\n    key\n    name\n    date\n    ... on Summit {\n      heldIn {\n        name\n      }\n      decisions {\n        key\n        name\n        citations {\n          quote\n        }\n      }\n    }\n  }\n}": typeof types.MembershipPathDocument,
    "query NodeById($id: ID!) {\n  node(id: $id) {\n    id\n    __typename\n    ... on Entity {\n      key\n      name\n      kind\n    }\n    ... on Relation {\n      key\n      type\n    }\n    ... on Source {\n      key\n      title\n      url\n    }\n  }\n}": typeof types.NodeByIdDocument,
    "query Search($text: String!, $kinds: [EntityKind!], $first: Int) {\n  search(text: $text, kinds: $kinds, first: $first) {\n    id\n    key\n    name\n    kind\n    aliases\n  }\n}": typeof types.SearchDocument,
    "query Stats {\n  stats {\n    entityCount\n    relationCount\n    citationCount\n    sourceCount\n    version\n  }\n}": typeof types.StatsDocument,
    "query WarSupporters {\n  entity(key: \"russia\") {\n    name\n    relations(direction: IN, types: [SUPPORTS_WAR_OF]) {\n      edges {\n        node {\n          key\n          name\n          aliases\n          supplies: relations(direction: OUT, types: [SUPPLIES]) {\n            edges {\n              node {\n                name\n              }\n              relation {\n                citations {\n                  quote\n                }\n              }\n            }\n          }\n        }\n        relation {\n          citations {\n            quote\n          }\n        }\n      }\n    }\n  }\n}": typeof types.WarSupportersDocument,
    "query WhichAlliesFundedPurl {\n  entity(key: \"purl\") {\n    __typename\n    key\n    name\n    ... on Programme {\n      funders {\n        funder {\n          key\n          name\n          kind\n        }\n        via {\n          key\n          name\n        }\n        amount {\n          value\n          currency\n          qualifier\n          text\n        }\n        date\n        pledged\n        jointly\n        cofunders {\n          key\n          name\n        }\n        citations {\n          quote\n          source {\n            title\n            url\n          }\n        }\n      }\n    }\n  }\n}": typeof types.WhichAlliesFundedPurlDocument,
};
const documents: Documents = {
    "query BasedIn($key: String!) {\n  entity(key: $key) {\n    __typename\n    name\n    ... on City {\n      locatedIn {\n        name\n      }\n      basedHere {\n        key\n        name\n        kind\n      }\n    }\n    relations(types: [BASED_IN, HELD_IN], direction: IN) {\n      edges {\n        node {\n          name\n        }\n        relation {\n          citations {\n            quote\n          }\n        }\n      }\n    }\n  }\n}": types.BasedInDocument,
    "query EntityRelations($key: String!, $direction: Direction, $types: [RelationType!], $first: Int, $after: String) {\n  entity(key: $key) {\n    id\n    key\n    name\n    kind\n    aliases\n    relations(direction: $direction, types: $types, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        direction\n        node {\n          key\n          name\n          kind\n        }\n        relation {\n          id\n          key\n          type\n          from {\n            key\n          }\n          to {\n            key\n          }\n          amount {\n            value\n            currency\n            qualifier\n          }\n          date\n          citations {\n            quote\n            source {\n              key\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n}": types.EntityRelationsDocument,
    "query MembershipPath {\n  entities(kinds: [SUMMIT]) {\n    __typename\n    key\n    name\n    date\n    ... on Summit {\n      heldIn {\n        name\n      }\n      decisions {\n        key\n        name\n        citations {\n          quote\n        }\n      }\n    }\n  }\n}": types.MembershipPathDocument,
    "query NodeById($id: ID!) {\n  node(id: $id) {\n    id\n    __typename\n    ... on Entity {\n      key\n      name\n      kind\n    }\n    ... on Relation {\n      key\n      type\n    }\n    ... on Source {\n      key\n      title\n      url\n    }\n  }\n}": types.NodeByIdDocument,
    "query Search($text: String!, $kinds: [EntityKind!], $first: Int) {\n  search(text: $text, kinds: $kinds, first: $first) {\n    id\n    key\n    name\n    kind\n    aliases\n  }\n}": types.SearchDocument,
    "query Stats {\n  stats {\n    entityCount\n    relationCount\n    citationCount\n    sourceCount\n    version\n  }\n}": types.StatsDocument,
    "query WarSupporters {\n  entity(key: \"russia\") {\n    name\n    relations(direction: IN, types: [SUPPORTS_WAR_OF]) {\n      edges {\n        node {\n          key\n          name\n          aliases\n          supplies: relations(direction: OUT, types: [SUPPLIES]) {\n            edges {\n              node {\n                name\n              }\n              relation {\n                citations {\n                  quote\n                }\n              }\n            }\n          }\n        }\n        relation {\n          citations {\n            quote\n          }\n        }\n      }\n    }\n  }\n}": types.WarSupportersDocument,
    "query WhichAlliesFundedPurl {\n  entity(key: \"purl\") {\n    __typename\n    key\n    name\n    ... on Programme {\n      funders {\n        funder {\n          key\n          name\n          kind\n        }\n        via {\n          key\n          name\n        }\n        amount {\n          value\n          currency\n          qualifier\n          text\n        }\n        date\n        pledged\n        jointly\n        cofunders {\n          key\n          name\n        }\n        citations {\n          quote\n          source {\n            title\n            url\n          }\n        }\n      }\n    }\n  }\n}": types.WhichAlliesFundedPurlDocument,
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
export function graphql(source: "query BasedIn($key: String!) {\n  entity(key: $key) {\n    __typename\n    name\n    ... on City {\n      locatedIn {\n        name\n      }\n      basedHere {\n        key\n        name\n        kind\n      }\n    }\n    relations(types: [BASED_IN, HELD_IN], direction: IN) {\n      edges {\n        node {\n          name\n        }\n        relation {\n          citations {\n            quote\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query BasedIn($key: String!) {\n  entity(key: $key) {\n    __typename\n    name\n    ... on City {\n      locatedIn {\n        name\n      }\n      basedHere {\n        key\n        name\n        kind\n      }\n    }\n    relations(types: [BASED_IN, HELD_IN], direction: IN) {\n      edges {\n        node {\n          name\n        }\n        relation {\n          citations {\n            quote\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query EntityRelations($key: String!, $direction: Direction, $types: [RelationType!], $first: Int, $after: String) {\n  entity(key: $key) {\n    id\n    key\n    name\n    kind\n    aliases\n    relations(direction: $direction, types: $types, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        direction\n        node {\n          key\n          name\n          kind\n        }\n        relation {\n          id\n          key\n          type\n          from {\n            key\n          }\n          to {\n            key\n          }\n          amount {\n            value\n            currency\n            qualifier\n          }\n          date\n          citations {\n            quote\n            source {\n              key\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query EntityRelations($key: String!, $direction: Direction, $types: [RelationType!], $first: Int, $after: String) {\n  entity(key: $key) {\n    id\n    key\n    name\n    kind\n    aliases\n    relations(direction: $direction, types: $types, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        direction\n        node {\n          key\n          name\n          kind\n        }\n        relation {\n          id\n          key\n          type\n          from {\n            key\n          }\n          to {\n            key\n          }\n          amount {\n            value\n            currency\n            qualifier\n          }\n          date\n          citations {\n            quote\n            source {\n              key\n              title\n            }\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query MembershipPath {\n  entities(kinds: [SUMMIT]) {\n    __typename\n    key\n    name\n    date\n    ... on Summit {\n      heldIn {\n        name\n      }\n      decisions {\n        key\n        name\n        citations {\n          quote\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query MembershipPath {\n  entities(kinds: [SUMMIT]) {\n    __typename\n    key\n    name\n    date\n    ... on Summit {\n      heldIn {\n        name\n      }\n      decisions {\n        key\n        name\n        citations {\n          quote\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query NodeById($id: ID!) {\n  node(id: $id) {\n    id\n    __typename\n    ... on Entity {\n      key\n      name\n      kind\n    }\n    ... on Relation {\n      key\n      type\n    }\n    ... on Source {\n      key\n      title\n      url\n    }\n  }\n}"): (typeof documents)["query NodeById($id: ID!) {\n  node(id: $id) {\n    id\n    __typename\n    ... on Entity {\n      key\n      name\n      kind\n    }\n    ... on Relation {\n      key\n      type\n    }\n    ... on Source {\n      key\n      title\n      url\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Search($text: String!, $kinds: [EntityKind!], $first: Int) {\n  search(text: $text, kinds: $kinds, first: $first) {\n    id\n    key\n    name\n    kind\n    aliases\n  }\n}"): (typeof documents)["query Search($text: String!, $kinds: [EntityKind!], $first: Int) {\n  search(text: $text, kinds: $kinds, first: $first) {\n    id\n    key\n    name\n    kind\n    aliases\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Stats {\n  stats {\n    entityCount\n    relationCount\n    citationCount\n    sourceCount\n    version\n  }\n}"): (typeof documents)["query Stats {\n  stats {\n    entityCount\n    relationCount\n    citationCount\n    sourceCount\n    version\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WarSupporters {\n  entity(key: \"russia\") {\n    name\n    relations(direction: IN, types: [SUPPORTS_WAR_OF]) {\n      edges {\n        node {\n          key\n          name\n          aliases\n          supplies: relations(direction: OUT, types: [SUPPLIES]) {\n            edges {\n              node {\n                name\n              }\n              relation {\n                citations {\n                  quote\n                }\n              }\n            }\n          }\n        }\n        relation {\n          citations {\n            quote\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query WarSupporters {\n  entity(key: \"russia\") {\n    name\n    relations(direction: IN, types: [SUPPORTS_WAR_OF]) {\n      edges {\n        node {\n          key\n          name\n          aliases\n          supplies: relations(direction: OUT, types: [SUPPLIES]) {\n            edges {\n              node {\n                name\n              }\n              relation {\n                citations {\n                  quote\n                }\n              }\n            }\n          }\n        }\n        relation {\n          citations {\n            quote\n          }\n        }\n      }\n    }\n  }\n}"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query WhichAlliesFundedPurl {\n  entity(key: \"purl\") {\n    __typename\n    key\n    name\n    ... on Programme {\n      funders {\n        funder {\n          key\n          name\n          kind\n        }\n        via {\n          key\n          name\n        }\n        amount {\n          value\n          currency\n          qualifier\n          text\n        }\n        date\n        pledged\n        jointly\n        cofunders {\n          key\n          name\n        }\n        citations {\n          quote\n          source {\n            title\n            url\n          }\n        }\n      }\n    }\n  }\n}"): (typeof documents)["query WhichAlliesFundedPurl {\n  entity(key: \"purl\") {\n    __typename\n    key\n    name\n    ... on Programme {\n      funders {\n        funder {\n          key\n          name\n          kind\n        }\n        via {\n          key\n          name\n        }\n        amount {\n          value\n          currency\n          qualifier\n          text\n        }\n        date\n        pledged\n        jointly\n        cofunders {\n          key\n          name\n        }\n        citations {\n          quote\n          source {\n            title\n            url\n          }\n        }\n      }\n    }\n  }\n}"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;