// The one place that names what the graph can hold. Extract, graph and API all import from here,
// so a label or relation type cannot drift between the layers.

export const ENTITY_LABELS = [
  'Person',
  'Country',
  'Organization',
  'Office',
  'Plan',
  'NationalObjective',
  'Topic',
  'Event',
  'Place',
  'Statement',
] as const;
export type EntityLabel = (typeof ENTITY_LABELS)[number];

export const RELATION_TYPES = [
  'HOLDS_OFFICE',
  'OFFICE_OF',
  'AFFILIATED_WITH',
  'PROPOSED',
  'PROPOSED_TO',
  'INITIATED',
  'LEADS',
  'OBJECTIVE_OF',
  'PARTY_TO',
  'ALIGNED_WITH',
  'BASED_ON',
  'PART_OF',
  'SIGNED',
  'OUTCOME_OF',
  'PARTICIPATED_IN',
  'HELD_IN',
  'LOCATED_IN',
  'CO_CHAIRS',
  'INVITED',
  'INVITED_TO',
  'SAID',
  'ABOUT',
  'COVERS',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Which labels each relation may join (DESIGN.md). `null` means any entity label. */
export const RELATION_ENDPOINTS: Record<RelationType, { from: readonly EntityLabel[] | null; to: readonly EntityLabel[] | null }> = {
  HOLDS_OFFICE: { from: ['Person'], to: ['Office'] },
  OFFICE_OF: { from: ['Office'], to: ['Country', 'Organization'] },
  AFFILIATED_WITH: { from: ['Person', 'Organization'], to: ['Country', 'Organization'] },
  PROPOSED: { from: ['Person', 'Country', 'Organization'], to: ['Plan', 'NationalObjective'] },
  PROPOSED_TO: { from: ['Plan', 'NationalObjective'], to: ['Person', 'Country', 'Organization'] },
  INITIATED: { from: ['Person', 'Country', 'Office', 'Organization'], to: ['Plan', 'NationalObjective'] },
  LEADS: { from: ['Country', 'Organization', 'Person'], to: ['Organization', 'Plan', 'NationalObjective', 'Event'] },
  OBJECTIVE_OF: { from: ['NationalObjective'], to: ['Country', 'Organization'] },
  PARTY_TO: { from: ['Country', 'Organization', 'Person'], to: ['Plan', 'NationalObjective'] },
  ALIGNED_WITH: { from: ['Plan', 'NationalObjective'], to: ['Plan', 'NationalObjective', 'Organization'] },
  BASED_ON: { from: null, to: null },
  PART_OF: { from: null, to: null },
  SIGNED: { from: ['Person', 'Country', 'Organization'], to: ['Plan'] },
  OUTCOME_OF: { from: ['Plan', 'NationalObjective'], to: ['Event'] },
  PARTICIPATED_IN: { from: ['Person', 'Country', 'Organization'], to: ['Event'] },
  HELD_IN: { from: ['Event'], to: ['Place', 'Country'] },
  LOCATED_IN: { from: ['Place', 'Organization'], to: ['Place', 'Country'] },
  CO_CHAIRS: { from: ['Person'], to: ['Organization', 'Event'] },
  INVITED: { from: ['Person', 'Country', 'Organization'], to: ['Person', 'Country', 'Organization'] },
  INVITED_TO: { from: ['Person', 'Country', 'Organization'], to: ['Event'] },
  SAID: { from: ['Person', 'Organization', 'Country'], to: ['Statement'] },
  ABOUT: { from: ['Statement'], to: null },
  COVERS: { from: ['Plan', 'NationalObjective', 'Event', 'Organization'], to: ['Topic'] },
};

export function isEntityLabel(value: string): value is EntityLabel {
  return (ENTITY_LABELS as readonly string[]).includes(value);
}

/** Accepts `holds_office`, `HOLDS_OFFICE`, `holds office` (the scorer's and gold files' spelling). */
export function toRelationType(value: string): RelationType | undefined {
  const upper = value
    .trim()
    .toUpperCase()
    .replace(/[^A-Z]+/g, '_');
  return (RELATION_TYPES as readonly string[]).includes(upper) ? (upper as RelationType) : undefined;
}
