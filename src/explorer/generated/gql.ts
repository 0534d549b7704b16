/* eslint-disable */
import * as types from './graphql.js';



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
    "query ExplorerEntity($key: String!, $asOf: String, $after: String) {\n  entity(key: $key) {\n    key\n    name\n    kind\n    date\n    aliases\n    citations {\n      quote\n      link\n      source {\n        title\n        kind\n      }\n    }\n    relations(first: 100, asOf: $asOf, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        direction\n        node {\n          key\n          name\n          kind\n        }\n        relation {\n          key\n          type\n          date\n          amount {\n            text\n          }\n          citations {\n            quote\n            link\n            source {\n              title\n              kind\n            }\n          }\n        }\n      }\n    }\n  }\n}": typeof types.ExplorerEntityDocument,
    "query ExplorerFunding($programme: String, $asOf: String) {\n  programmes: funding(groupBy: [PROGRAMME]) {\n    totals {\n      programme {\n        key\n        name\n      }\n    }\n  }\n  funding(programme: $programme, asOf: $asOf) {\n    totals {\n      key\n      stage\n      currency\n      basis\n      count\n      explanation\n      programme {\n        key\n        name\n      }\n      total {\n        text\n        qualifier\n      }\n      sums {\n        ...ExplorerSum\n      }\n    }\n    excluded {\n      reason\n      explanation\n      includedIn {\n        key\n        date\n      }\n      sum {\n        ...ExplorerSum\n      }\n    }\n  }\n}\n\nfragment ExplorerSum on FundedSum {\n  key\n  date\n  period\n  stage\n  sumKind\n  scope\n  amount {\n    text\n    value\n    currency\n    qualifier\n  }\n  funders {\n    key\n    name\n  }\n  package {\n    key\n    name\n  }\n  recipient {\n    key\n    name\n  }\n  citations {\n    quote\n    link\n  }\n}": typeof types.ExplorerFundingDocument,
    "query ExplorerGraph($offset: Int!, $withStats: Boolean!) {\n  stats @include(if: $withStats) {\n    entityCount\n    relationCount\n    version\n  }\n  entities(first: 100, offset: $offset) {\n    key\n    name\n    kind\n    date\n    knownFrom {\n      date\n    }\n    importance {\n      pageRank\n    }\n    position {\n      x\n      y\n    }\n  }\n  relations(first: 100, offset: $offset) {\n    key\n    type\n    date\n    knownFrom {\n      date\n    }\n    from {\n      key\n    }\n    to {\n      key\n    }\n  }\n}": typeof types.ExplorerGraphDocument,
    "query ExplorerPath($from: String!, $to: String!, $asOf: String, $types: [RelationType!]) {\n  shortestPath(from: $from, to: $to, asOf: $asOf, types: $types) {\n    length\n    explanation\n    entities {\n      key\n      name\n    }\n    steps {\n      text\n      from {\n        key\n      }\n      to {\n        key\n      }\n      relation {\n        key\n      }\n      citations {\n        quote\n        link\n      }\n    }\n  }\n}": typeof types.ExplorerPathDocument,
    "query ExplorerSearch($text: String!) {\n  search(text: $text, first: 8) {\n    key\n    name\n    kind\n    aliases\n  }\n}": typeof types.ExplorerSearchDocument,
};
const documents: Documents = {
    "query ExplorerEntity($key: String!, $asOf: String, $after: String) {\n  entity(key: $key) {\n    key\n    name\n    kind\n    date\n    aliases\n    citations {\n      quote\n      link\n      source {\n        title\n        kind\n      }\n    }\n    relations(first: 100, asOf: $asOf, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        direction\n        node {\n          key\n          name\n          kind\n        }\n        relation {\n          key\n          type\n          date\n          amount {\n            text\n          }\n          citations {\n            quote\n            link\n            source {\n              title\n              kind\n            }\n          }\n        }\n      }\n    }\n  }\n}": types.ExplorerEntityDocument,
    "query ExplorerFunding($programme: String, $asOf: String) {\n  programmes: funding(groupBy: [PROGRAMME]) {\n    totals {\n      programme {\n        key\n        name\n      }\n    }\n  }\n  funding(programme: $programme, asOf: $asOf) {\n    totals {\n      key\n      stage\n      currency\n      basis\n      count\n      explanation\n      programme {\n        key\n        name\n      }\n      total {\n        text\n        qualifier\n      }\n      sums {\n        ...ExplorerSum\n      }\n    }\n    excluded {\n      reason\n      explanation\n      includedIn {\n        key\n        date\n      }\n      sum {\n        ...ExplorerSum\n      }\n    }\n  }\n}\n\nfragment ExplorerSum on FundedSum {\n  key\n  date\n  period\n  stage\n  sumKind\n  scope\n  amount {\n    text\n    value\n    currency\n    qualifier\n  }\n  funders {\n    key\n    name\n  }\n  package {\n    key\n    name\n  }\n  recipient {\n    key\n    name\n  }\n  citations {\n    quote\n    link\n  }\n}": types.ExplorerFundingDocument,
    "query ExplorerGraph($offset: Int!, $withStats: Boolean!) {\n  stats @include(if: $withStats) {\n    entityCount\n    relationCount\n    version\n  }\n  entities(first: 100, offset: $offset) {\n    key\n    name\n    kind\n    date\n    knownFrom {\n      date\n    }\n    importance {\n      pageRank\n    }\n    position {\n      x\n      y\n    }\n  }\n  relations(first: 100, offset: $offset) {\n    key\n    type\n    date\n    knownFrom {\n      date\n    }\n    from {\n      key\n    }\n    to {\n      key\n    }\n  }\n}": types.ExplorerGraphDocument,
    "query ExplorerPath($from: String!, $to: String!, $asOf: String, $types: [RelationType!]) {\n  shortestPath(from: $from, to: $to, asOf: $asOf, types: $types) {\n    length\n    explanation\n    entities {\n      key\n      name\n    }\n    steps {\n      text\n      from {\n        key\n      }\n      to {\n        key\n      }\n      relation {\n        key\n      }\n      citations {\n        quote\n        link\n      }\n    }\n  }\n}": types.ExplorerPathDocument,
    "query ExplorerSearch($text: String!) {\n  search(text: $text, first: 8) {\n    key\n    name\n    kind\n    aliases\n  }\n}": types.ExplorerSearchDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerEntity($key: String!, $asOf: String, $after: String) {\n  entity(key: $key) {\n    key\n    name\n    kind\n    date\n    aliases\n    citations {\n      quote\n      link\n      source {\n        title\n        kind\n      }\n    }\n    relations(first: 100, asOf: $asOf, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        direction\n        node {\n          key\n          name\n          kind\n        }\n        relation {\n          key\n          type\n          date\n          amount {\n            text\n          }\n          citations {\n            quote\n            link\n            source {\n              title\n              kind\n            }\n          }\n        }\n      }\n    }\n  }\n}"): typeof import('./graphql.js').ExplorerEntityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerFunding($programme: String, $asOf: String) {\n  programmes: funding(groupBy: [PROGRAMME]) {\n    totals {\n      programme {\n        key\n        name\n      }\n    }\n  }\n  funding(programme: $programme, asOf: $asOf) {\n    totals {\n      key\n      stage\n      currency\n      basis\n      count\n      explanation\n      programme {\n        key\n        name\n      }\n      total {\n        text\n        qualifier\n      }\n      sums {\n        ...ExplorerSum\n      }\n    }\n    excluded {\n      reason\n      explanation\n      includedIn {\n        key\n        date\n      }\n      sum {\n        ...ExplorerSum\n      }\n    }\n  }\n}\n\nfragment ExplorerSum on FundedSum {\n  key\n  date\n  period\n  stage\n  sumKind\n  scope\n  amount {\n    text\n    value\n    currency\n    qualifier\n  }\n  funders {\n    key\n    name\n  }\n  package {\n    key\n    name\n  }\n  recipient {\n    key\n    name\n  }\n  citations {\n    quote\n    link\n  }\n}"): typeof import('./graphql.js').ExplorerFundingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerGraph($offset: Int!, $withStats: Boolean!) {\n  stats @include(if: $withStats) {\n    entityCount\n    relationCount\n    version\n  }\n  entities(first: 100, offset: $offset) {\n    key\n    name\n    kind\n    date\n    knownFrom {\n      date\n    }\n    importance {\n      pageRank\n    }\n    position {\n      x\n      y\n    }\n  }\n  relations(first: 100, offset: $offset) {\n    key\n    type\n    date\n    knownFrom {\n      date\n    }\n    from {\n      key\n    }\n    to {\n      key\n    }\n  }\n}"): typeof import('./graphql.js').ExplorerGraphDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerPath($from: String!, $to: String!, $asOf: String, $types: [RelationType!]) {\n  shortestPath(from: $from, to: $to, asOf: $asOf, types: $types) {\n    length\n    explanation\n    entities {\n      key\n      name\n    }\n    steps {\n      text\n      from {\n        key\n      }\n      to {\n        key\n      }\n      relation {\n        key\n      }\n      citations {\n        quote\n        link\n      }\n    }\n  }\n}"): typeof import('./graphql.js').ExplorerPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerSearch($text: String!) {\n  search(text: $text, first: 8) {\n    key\n    name\n    kind\n    aliases\n  }\n}"): typeof import('./graphql.js').ExplorerSearchDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
