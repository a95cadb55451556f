import type { EntityLabel, RelationType } from '../model/vocabulary.ts';

// Every relationship of the vocabulary as typed fields, in both directions. `target` is the
// field's GraphQL type: one label, or 'Entity' where the other end may have several labels.
// `single` adds a nullable one-node shortcut (Plan.event, Event.place) beside the connection.
export interface RelationshipField {
  field: string;
  type: RelationType;
  direction: 'OUT' | 'IN';
  target: EntityLabel | 'Entity';
  single?: string;
  description: string;
}

const out = (
  field: string,
  type: RelationType,
  target: RelationshipField['target'],
  description: string,
  single?: string,
): RelationshipField => ({ field, type, direction: 'OUT', target, description, ...(single ? { single } : {}) });
const inn = (
  field: string,
  type: RelationType,
  target: RelationshipField['target'],
  description: string,
  single?: string,
): RelationshipField => ({ field, type, direction: 'IN', target, description, ...(single ? { single } : {}) });

export const RELATIONSHIP_FIELDS: Record<EntityLabel, RelationshipField[]> = {
  Person: [
    out('offices', 'HOLDS_OFFICE', 'Office', 'Offices this person holds.'),
    out('countries', 'AFFILIATED_WITH', 'Country', 'Countries this person acts for.'),
    out('statements', 'SAID', 'Statement', 'What this person said (direct and reported).'),
    out('proposedPlans', 'PROPOSED', 'Plan', 'Plans this person proposed.'),
    inn('plansProposedTo', 'PROPOSED_TO', 'Plan', 'Plans proposed to this person.'),
    out('initiated', 'INITIATED', 'Entity', 'Plans and national objectives this person initiated.'),
    out('signed', 'SIGNED', 'Plan', 'Plans and agreements this person signed.'),
    out('events', 'PARTICIPATED_IN', 'Event', 'Meetings, visits and signings this person took part in.'),
    out('coChairs', 'CO_CHAIRS', 'Organization', 'Commissions this person co-chairs.'),
  ],
  Country: [
    inn('offices', 'OFFICE_OF', 'Office', 'Offices of this country.'),
    inn('people', 'AFFILIATED_WITH', 'Person', 'People who act for this country.'),
    out('partyTo', 'PARTY_TO', 'Entity', 'Plans and objectives this country is party to.'),
    out('proposed', 'PROPOSED', 'Entity', 'Plans and objectives this country proposed.'),
    inn('objectives', 'OBJECTIVE_OF', 'NationalObjective', "This country's national objectives."),
    inn('eventsHeldHere', 'HELD_IN', 'Event', 'Events held in this country.'),
    inn('places', 'LOCATED_IN', 'Place', 'Places in this country.'),
    out('events', 'PARTICIPATED_IN', 'Event', 'Events this country took part in.'),
  ],
  Organization: [
    inn('offices', 'OFFICE_OF', 'Office', 'Offices of this body.'),
    out('countries', 'AFFILIATED_WITH', 'Country', 'Countries this body belongs to.'),
    out('leads', 'LEADS', 'Entity', 'Organizations and plans this body leads.'),
    inn('ledBy', 'LEADS', 'Entity', 'Who leads this body.'),
    inn('coChairs', 'CO_CHAIRS', 'Person', 'Co-chairs of this body.'),
    out('partyTo', 'PARTY_TO', 'Entity', 'Plans and objectives this body is party to.'),
  ],
  Office: [
    inn('holders', 'HOLDS_OFFICE', 'Person', 'People holding this office.'),
    out('officeOf', 'OFFICE_OF', 'Entity', 'The country or body this office belongs to.', 'country'),
    out('initiated', 'INITIATED', 'Entity', 'Plans and objectives initiated by this office.'),
  ],
  Plan: [
    inn('proposedBy', 'PROPOSED', 'Entity', 'Who proposed this plan.'),
    out('proposedTo', 'PROPOSED_TO', 'Entity', 'To whom it was proposed.'),
    inn('initiatedBy', 'INITIATED', 'Entity', 'Who initiated it.'),
    inn('parties', 'PARTY_TO', 'Entity', 'Countries and bodies party to it.'),
    inn('signedBy', 'SIGNED', 'Entity', 'Who signed it.'),
    out('alignedWith', 'ALIGNED_WITH', 'Entity', 'Plans and national objectives it is aligned with.'),
    out('events', 'OUTCOME_OF', 'Event', 'The meeting or visit it came out of.', 'event'),
    out('topics', 'COVERS', 'Topic', 'Areas it covers.'),
    inn('statements', 'ABOUT', 'Statement', 'Statements about it.'),
    inn('ledBy', 'LEADS', 'Entity', 'Who leads it.'),
  ],
  NationalObjective: [
    inn('initiatedBy', 'INITIATED', 'Entity', 'Who initiated it.'),
    out('objectiveOf', 'OBJECTIVE_OF', 'Entity', 'Whose objective it is.', 'country'),
    out('topics', 'COVERS', 'Topic', 'Areas it covers.'),
    inn('alignedPlans', 'ALIGNED_WITH', 'Plan', 'Plans aligned with it.'),
    inn('proposedBy', 'PROPOSED', 'Entity', 'Who proposed it.'),
    inn('statements', 'ABOUT', 'Statement', 'Statements about it.'),
  ],
  Topic: [
    inn('coveredBy', 'COVERS', 'Entity', 'Plans and objectives covering this area.'),
    inn('statements', 'ABOUT', 'Statement', 'Statements about it.'),
  ],
  Event: [
    out('places', 'HELD_IN', 'Entity', 'Where it was held.', 'place'),
    inn('participants', 'PARTICIPATED_IN', 'Entity', 'Who took part.'),
    inn('outcomes', 'OUTCOME_OF', 'Plan', 'Plans that came out of it.'),
    inn('invitees', 'INVITED_TO', 'Entity', 'Who was invited to it.'),
  ],
  Place: [
    inn('events', 'HELD_IN', 'Event', 'Events held here.'),
    out('locatedIn', 'LOCATED_IN', 'Entity', 'The region or country it lies in.'),
    inn('places', 'LOCATED_IN', 'Place', 'Places within it.'),
  ],
  Statement: [inn('speakers', 'SAID', 'Entity', 'Who said it.', 'speaker'), out('about', 'ABOUT', 'Entity', 'What it is about.')],
};
