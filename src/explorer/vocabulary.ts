import type { EntityKind, RelationType } from './generated/graphql.js';

/**
 * How the page names and colours the schema's vocabulary. Typed as complete records, so a kind
 * or relation type added to the schema fails the type check here until the page knows it.
 */

/**
 * Colours that stay apart for colour-blind readers: every two kinds differ by at least 15
 * CIEDE2000 units in normal vision and in simulated deuteranopia, protanopia and tritanopia, and
 * from the faded grey of entities out of focus (tests/explorer-palette.test.ts checks it). Found
 * by scripts/search-palette.ts (run it after adding a kind), which holds each kind to its
 * family's hues: blues for countries, groups, organisations, bodies and companies; golds for
 * programmes, their packages and commitments; greens for places; violet and the darkest tones
 * for summits, decisions and documents; browns and a pink for people and resources. With 19
 * kinds the rule needs some near-black tones; the legend, the panel's badge and the table name
 * each kind in words as well.
 */
export const KIND_STYLE: Record<EntityKind, { label: string; colour: string }> = {
  COUNTRY: { label: 'Country', colour: '#6466a1' },
  GROUP: { label: 'Group of countries', colour: '#4991ff' },
  INDUSTRY: { label: 'Companies', colour: '#4dddff' },
  ORGANISATION: { label: 'Organisation', colour: '#3e396c' },
  BODY: { label: 'Body', colour: '#0000b0' },
  PROGRAMME: { label: 'Programme', colour: '#f9dd03' },
  COMMITMENT: { label: 'Commitment', colour: '#8d6700' },
  STANCE: { label: 'Position', colour: '#7d757c' },
  POPULATION: { label: 'People', colour: '#ef8db2' },
  PACKAGE: { label: 'Funding package', colour: '#c6c37b' },
  SUMMIT: { label: 'Summit', colour: '#7821ff' },
  DECISION: { label: 'Decision', colour: '#100045' },
  DOCUMENT: { label: 'Document', colour: '#082024' },
  EVENT: { label: 'Event', colour: '#ef3553' },
  CITY: { label: 'City', colour: '#006b46' },
  REGION: { label: 'Region', colour: '#86a400' },
  PERSON: { label: 'Person', colour: '#a78c73' },
  ROLE: { label: 'Role', colour: '#261900' },
  RESOURCE: { label: 'Resource', colour: '#5b3b00' },
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
  ANNOUNCED: { out: 'Announced', in: 'Announced by' },
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

/**
 * Each relation type as the verb of a sentence, "from <phrase> to" ("NSATU is based in
 * Wiesbaden"): the service's own phrases (src/graph/vocabulary.ts, which tests/explorer-parts.test.ts
 * holds this copy to), copied rather than imported so that the page does not bundle the server's
 * whole vocabulary with its descriptions.
 */
export const RELATION_PHRASES: Record<RelationType, string> = {
  ANNOUNCED: 'announced',
  BASED_IN: 'is based in',
  CAN_PROVIDE_MORE_THAN: 'can provide in greater volumes than',
  CARRIED_OUT: 'carried out',
  COMMITS_TO: 'has committed to',
  CONCERNS: 'concerns',
  CONDEMNS: 'condemns',
  CONSISTS_OF: 'consists of',
  COOPERATES_WITH: 'cooperates with',
  COORDINATES: 'coordinates',
  DECIDED: 'decided',
  DELIVERS_THROUGH: 'delivers through',
  DOES_NOT_RECOGNISE: 'does not recognise',
  ESTABLISHED: 'established',
  FOLLOWS: 'came after',
  FUNDS: 'funds',
  HAS: 'has',
  HEADS: 'heads',
  HELD_IN: 'was held in',
  HOLDS_ROLE: 'holds the office of',
  HOSTS: 'hosts',
  ISSUED: 'issued',
  LOCATED_IN: 'lies in',
  MEMBER_OF: 'is a member of',
  OCCUPIES: 'occupies',
  OPERATES_IN: 'operates in',
  PACKAGE_OF: 'is a package of',
  PART_OF: 'is part of',
  PARTICIPATES_IN: 'takes part in',
  PARTNER_OF: 'is a partner of',
  PLEDGES: 'pledged to',
  PROTECTS: 'protects',
  PROVIDED_SHARE_OF: 'provided a share of',
  RUNS: 'runs',
  SANCTIONS: 'sanctions',
  SOURCES_FROM: 'sources from',
  STATES: 'states',
  SUPPLIES: 'supplies',
  SUPPORTS: 'supports',
  SUPPORTS_WAR_OF: 'supports the war of',
};

export function relationTypeLabel(type: RelationType): string {
  return RELATION_LABELS[type].out;
}
