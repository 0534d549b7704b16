import type { EntityKind, RelationType } from './generated/graphql.js';

/**
 * How the page names and colours the schema's vocabulary. Typed as complete records, so a kind
 * or relation type added to the schema fails the type check here until the page knows it.
 */

/** Colours chosen to stay apart for the common kinds (countries, programmes, bodies, places). */
export const KIND_STYLE: Record<EntityKind, { label: string; colour: string }> = {
  COUNTRY: { label: 'Country', colour: '#2f6fd6' },
  GROUP: { label: 'Group of countries', colour: '#6fa8ff' },
  INDUSTRY: { label: 'Companies', colour: '#4d7f99' },
  ORGANISATION: { label: 'Organisation', colour: '#0b3d91' },
  BODY: { label: 'Body', colour: '#7b4fd0' },
  PROGRAMME: { label: 'Programme', colour: '#e0822b' },
  COMMITMENT: { label: 'Commitment', colour: '#b8621b' },
  STANCE: { label: 'Position', colour: '#6b6b9e' },
  POPULATION: { label: 'People', colour: '#d98aa0' },
  PACKAGE: { label: 'Funding package', colour: '#f2c12e' },
  SUMMIT: { label: 'Summit', colour: '#1f9e89' },
  DECISION: { label: 'Decision', colour: '#5cc8a8' },
  DOCUMENT: { label: 'Document', colour: '#8c8c8c' },
  EVENT: { label: 'Event', colour: '#d1495b' },
  CITY: { label: 'City', colour: '#3b8f3b' },
  REGION: { label: 'Region', colour: '#9ccf6b' },
  PERSON: { label: 'Person', colour: '#c05fa8' },
  ROLE: { label: 'Role', colour: '#e8a0d0' },
  RESOURCE: { label: 'Resource', colour: '#a0703c' },
};

/** Each relation type read from its "from" end (out) and from its "to" end (in). */
export const RELATION_LABELS: Record<RelationType, { out: string; in: string }> = {
  BASED_IN: { out: 'Based in', in: 'Based here' },
  CAN_PROVIDE_MORE_THAN: { out: 'Can provide more than', in: 'Outdone in volume by' },
  COMMITS_TO: { out: 'Committed to', in: 'Committed by' },
  CONSISTS_OF: { out: 'Consists of', in: 'Makes up' },
  COOPERATES_WITH: { out: 'Cooperates with', in: 'Cooperation from' },
  DOES_NOT_RECOGNISE: { out: 'Does not recognise', in: 'Not recognised by' },
  FOLLOWS: { out: 'Came after', in: 'Followed by' },
  HAS: { out: 'Has', in: 'Held by' },
  HOSTS: { out: 'Hosts', in: 'Hosted by' },
  PROTECTS: { out: 'Protects', in: 'Protected by' },
  PROVIDED_SHARE_OF: { out: 'Provided a share of', in: 'Shares provided by' },
  STATES: { out: 'States', in: 'Stated by' },
  CARRIED_OUT: { out: 'Carried out', in: 'Carried out by' },
  CONCERNS: { out: 'Concerns', in: 'Concerned by' },
  CONDEMNS: { out: 'Condemns', in: 'Condemned by' },
  COORDINATES: { out: 'Coordinates', in: 'Coordinated by' },
  DECIDED: { out: 'Decided', in: 'Decided by' },
  DELIVERS_THROUGH: { out: 'Delivers through', in: 'Delivers for' },
  ESTABLISHED: { out: 'Established', in: 'Established by' },
  FUNDS: { out: 'Funds', in: 'Funded by' },
  HEADS: { out: 'Heads', in: 'Headed by' },
  HELD_IN: { out: 'Held in', in: 'Held here' },
  HOLDS_ROLE: { out: 'Holds the role', in: 'Role held by' },
  ISSUED: { out: 'Issued', in: 'Issued by' },
  LOCATED_IN: { out: 'Located in', in: 'Contains' },
  MEMBER_OF: { out: 'Member of', in: 'Members' },
  OCCUPIES: { out: 'Occupies', in: 'Occupied by' },
  OPERATES_IN: { out: 'Operates in', in: 'Activities here' },
  PACKAGE_OF: { out: 'Package of', in: 'Packages' },
  PARTICIPATES_IN: { out: 'Takes part in', in: 'Participants' },
  PARTNER_OF: { out: 'Partner of', in: 'Partners' },
  PART_OF: { out: 'Part of', in: 'Parts' },
  PLEDGES: { out: 'Pledges', in: 'Pledged by' },
  RUNS: { out: 'Runs', in: 'Run by' },
  SANCTIONS: { out: 'Sanctions', in: 'Sanctioned by' },
  SOURCES_FROM: { out: 'Sources from', in: 'Source for' },
  SUPPLIES: { out: 'Supplies', in: 'Supplied by' },
  SUPPORTS: { out: 'Supports', in: 'Supported by' },
  SUPPORTS_WAR_OF: { out: 'Supports the war of', in: 'War supported by' },
};

export function relationTypeLabel(type: RelationType): string {
  return RELATION_LABELS[type].out;
}
