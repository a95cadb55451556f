import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.ts';
import './types/entity-interface.ts';
import './types/mention.ts';
import './types/provenance.ts';
import './types/entity-types.ts';
import './types/statement.ts';
import './types/lists.ts';
import './types/query.ts';
import './types/aggregates.ts';
import './types/search.ts';
import './types/text-search.ts';
import './types/lookup.ts';
import './types/explore.ts';
import './types/timeline.ts';
import './types/error-types.ts';
import './types/mutations.ts';
import './types/entity-mutations.ts';
import './types/changes.ts';
import './types/subscriptions.ts';

export const schema: GraphQLSchema = builder.toSchema();

/** The SDL checked in as schema/schema.graphql: sorted, so diffs show real changes only. */
export function printSortedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
