import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import './vocabulary.js';
import './partial-date.js';
import './filters.js';
import './money.js';
import './quantity.js';
import './coverage.js';
import './funding-stages.js';
import './known-from.js';
import './source.js';
import './relation.js';
import './entity.js';
import './node.js';
import './search.js';
import './funding.js';
import './programme.js';
import './commitment.js';
import './funding-totals.js';
import './timeline.js';
import './country.js';
import './summit.js';
import './place.js';
import './people.js';
import './resource.js';
import './importance.js';
import './layout.js';
import './paths.js';
import './neighbourhood.js';
import './graph-info.js';

builder.queryType({
  description: "A cited knowledge graph of NATO's support for Ukraine.",
});

// Sorted so that the committed schema.graphql diffs cleanly whatever the file order above.
export const schema = lexicographicSortSchema(builder.toSchema());
