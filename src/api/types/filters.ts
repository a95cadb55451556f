import type { EntityFilter, EntitySort } from '../../graph/index.ts';
import { builder } from '../builder.ts';

// Filter and sort inputs shared by every entity list.

export const EntityFilterRef = builder.inputRef<EntityFilter>('EntityFilter').implement({
  description: 'Conditions on an entity; all given conditions must hold. Combine with and/or/not (at most 4 levels, 24 conditions).',
  fields: (t) => ({
    nameContains: t.string({ description: 'Case-insensitive, in the name or any alias.' }),
    nameStartsWith: t.string({ description: 'Case-insensitive prefix of the name.' }),
    country: t.string({
      description: 'Key of a country the entity is tied to (AFFILIATED_WITH, OFFICE_OF, OBJECTIVE_OF, PARTY_TO, HELD_IN, LOCATED_IN).',
    }),
    topic: t.string({ description: 'Key of a topic the entity covers (COVERS).' }),
    article: t.string({ description: 'Key of an article that mentions the entity.' }),
    dateFrom: t.string({ description: 'Events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).' }),
    dateTo: t.string({ description: 'Events on or before this date; a month or year matches when it overlaps.' }),
    and: t.field({ type: [EntityFilterRef], description: 'Every one of these holds.' }),
    or: t.field({ type: [EntityFilterRef], description: 'At least one of these holds.' }),
    not: t.field({ type: EntityFilterRef, description: 'This does not hold.' }),
  }),
});

const EntitySortFieldEnum = builder.enumType('EntitySortField', {
  values: {
    NAME: { description: 'Alphabetically by name.' },
    MENTIONS: { description: 'By how many spans of the articles name the entity.' },
  },
});

const SortDirectionEnum = builder.enumType('SortDirection', { values: ['ASC', 'DESC'] as const });

export const EntitySortRef = builder.inputRef<EntitySort>('EntitySort').implement({
  description: 'Sort order; ties are broken by key, and cursors stay valid for each order.',
  fields: (t) => ({
    field: t.field({ type: EntitySortFieldEnum, required: true, defaultValue: 'NAME' }),
    direction: t.field({ type: SortDirectionEnum, required: true, defaultValue: 'ASC' }),
  }),
});
