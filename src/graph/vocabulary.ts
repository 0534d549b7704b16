/**
 * The closed vocabularies of the graph: entity kinds, relation types, amount qualifiers and
 * currencies. The loader rejects anything outside them, and the GraphQL enums are generated
 * from them, so adding a kind or a type is a one-line change here plus its description.
 */

export const ENTITY_KINDS = {
  COUNTRY: 'A sovereign state: an Ally, a partner, Russia or a state supporting its war.',
  GROUP: 'A named group of countries, such as the Nordic and Baltic Allies or "the Allies" acting together.',
  ORGANISATION: 'An international organisation: NATO, the United Nations.',
  BODY: 'A body, agency, council or office, usually part of an organisation (NATO-Ukraine Council, NCIA, Brave1).',
  ROLE: 'An office held by a person (Secretary General, SACEUR, Senior Representative).',
  PERSON: 'A named person.',
  PROGRAMME: 'A programme, initiative, activity, commitment or plan (PURL, NSATU, CAP, Eastern Sentry, MAP).',
  PACKAGE: 'A discrete funding package with its own funders, amount and date (a PURL package).',
  SUMMIT: 'A NATO summit of heads of state and government.',
  DECISION: 'A decision or statement taken at a summit or by a body.',
  EVENT: 'A dated happening: an invasion, an annexation, an opening, a launch.',
  CITY: 'A city.',
  REGION: 'A region, territory or sea area.',
  RESOURCE: 'A kind of support or asset that one party supplies to another (troops, drones, territory).',
  DOCUMENT: 'A treaty, charter, article or declaration.',
} as const;

export type EntityKind = keyof typeof ENTITY_KINDS;
export const ENTITY_KIND_NAMES = Object.keys(ENTITY_KINDS) as EntityKind[];

export interface RelationTypeSpec {
  /** The verb phrase that reads "from <phrase> to" ("Netherlands funds …"), for explanations. */
  phrase: string;
  description: string;
  /** Kinds allowed at the `from` end; the loader reports any other. */
  from: readonly EntityKind[];
  /** Kinds allowed at the `to` end. */
  to: readonly EntityKind[];
}

const ACTORS = ['COUNTRY', 'GROUP', 'ORGANISATION', 'BODY', 'ROLE', 'PERSON'] as const;
const FUNDERS = ['COUNTRY', 'GROUP', 'ORGANISATION'] as const;
const PLACES = ['CITY', 'REGION', 'COUNTRY'] as const;
const ANY = Object.keys(ENTITY_KINDS) as EntityKind[];

export const RELATION_TYPES = {
  MEMBER_OF: {
    phrase: 'is a member of',
    description: 'from is a member of to (an Ally of NATO, a country in a group); date: when it joined.',
    from: ['COUNTRY', 'ORGANISATION'],
    to: ['ORGANISATION', 'GROUP'],
  },
  PARTNER_OF: {
    phrase: 'is a partner of',
    description: 'from is a partner country of to, without membership.',
    from: ['COUNTRY'],
    to: ['ORGANISATION'],
  },
  PART_OF: {
    phrase: 'is part of',
    description: 'from is a body, office or component of to.',
    from: ['BODY', 'ROLE', 'PROGRAMME', 'DOCUMENT'],
    to: ['ORGANISATION', 'BODY', 'COUNTRY', 'PROGRAMME', 'DOCUMENT'],
  },
  PARTICIPATES_IN: {
    phrase: 'takes part in',
    description: 'from takes part in to (sits in a council, bids in a programme).',
    from: ACTORS,
    to: ['BODY', 'PROGRAMME', 'EVENT', 'SUMMIT'],
  },
  HOLDS_ROLE: {
    phrase: 'holds the office of',
    description: 'The person from holds the office to.',
    from: ['PERSON'],
    to: ['ROLE'],
  },
  HEADS: {
    phrase: 'heads',
    description: 'from (an office or person) heads to.',
    from: ['ROLE', 'PERSON'],
    to: ['BODY', 'ORGANISATION', 'COUNTRY'],
  },
  BASED_IN: {
    phrase: 'is based in',
    description: 'from has its seat or headquarters in the place to.',
    from: ['BODY', 'PROGRAMME', 'ORGANISATION'],
    to: PLACES,
  },
  LOCATED_IN: {
    phrase: 'lies in',
    description: 'The place from lies in the place to.',
    from: ['CITY', 'REGION'],
    to: PLACES,
  },
  OPERATES_IN: {
    phrase: 'operates in',
    description: 'The activity or body from operates in or watches over the area to.',
    from: ['PROGRAMME', 'BODY', 'ORGANISATION'],
    to: PLACES,
  },
  HELD_IN: {
    phrase: 'was held in',
    description: 'The summit or event from took place in to.',
    from: ['SUMMIT', 'EVENT'],
    to: PLACES,
  },
  DECIDED: {
    phrase: 'decided',
    description: 'The summit, body or person from took the decision, or made the pledge or programme, to.',
    from: ['SUMMIT', 'BODY', 'ORGANISATION', 'GROUP', 'PERSON'],
    to: ['DECISION', 'PROGRAMME'],
  },
  ISSUED: {
    phrase: 'issued',
    description: 'The summit or body from issued the declaration, statement or document to.',
    from: ['SUMMIT', 'BODY', 'ORGANISATION'],
    to: ['DOCUMENT'],
  },
  CONCERNS: {
    phrase: 'concerns',
    description: 'The decision, event or document from is about to.',
    from: ['DECISION', 'EVENT', 'DOCUMENT'],
    to: ANY,
  },
  ESTABLISHED: {
    phrase: 'established',
    description: 'from set up or launched the programme or body to.',
    from: ACTORS,
    to: ['PROGRAMME', 'BODY'],
  },
  COORDINATES: {
    phrase: 'coordinates',
    description: 'from coordinates, manages or identifies the work of to.',
    from: [...ACTORS, 'PROGRAMME'],
    to: ['PROGRAMME', 'PACKAGE', 'BODY'],
  },
  RUNS: {
    phrase: 'runs',
    description: 'from conducts or operates to (NCIA runs the first UNITE competition).',
    from: ACTORS,
    to: ['PROGRAMME', 'EVENT'],
  },
  DELIVERS_THROUGH: {
    phrase: 'delivers through',
    description: 'Deliveries under the programme from go through the programme or body to.',
    from: ['PROGRAMME'],
    to: ['PROGRAMME', 'BODY'],
  },
  SOURCES_FROM: {
    phrase: 'sources from',
    description: 'The programme from buys its equipment from the country to.',
    from: ['PROGRAMME', 'PACKAGE'],
    to: ['COUNTRY'],
  },
  SUPPORTS: {
    phrase: 'supports',
    description: 'from gives support to to (a programme or Ally supporting Ukraine).',
    from: [...ACTORS, 'PROGRAMME', 'PACKAGE'],
    to: ['COUNTRY', 'PROGRAMME', 'BODY'],
  },
  FUNDS: {
    phrase: 'funds',
    description:
      'from provides money to to. To a package: no amount here (the package holds it, so joint funders do not split it). To a programme: the amount the source states.',
    from: FUNDERS,
    to: ['PACKAGE', 'PROGRAMME'],
  },
  PLEDGES: {
    phrase: 'pledged to',
    description: 'from promises or commits money to to, not yet provided; amount and date as stated.',
    from: FUNDERS,
    to: ['PROGRAMME', 'PACKAGE'],
  },
  PACKAGE_OF: {
    phrase: 'is a package of',
    description: 'The package from is delivered under the programme to; amount and date of the package.',
    from: ['PACKAGE'],
    to: ['PROGRAMME'],
  },
  SUPPLIES: {
    phrase: 'supplies',
    description: 'from supplies the resource to; recipient: who receives it.',
    from: [...FUNDERS, 'PROGRAMME'],
    to: ['RESOURCE'],
  },
  SUPPORTS_WAR_OF: {
    phrase: 'supports the war of',
    description: "from supports or enables Russia's war of aggression (to is the aggressor).",
    from: ['COUNTRY'],
    to: ['COUNTRY'],
  },
  CARRIED_OUT: {
    phrase: 'carried out',
    description: 'The state or body from carried out the event to.',
    from: ACTORS,
    to: ['EVENT'],
  },
  OCCUPIES: {
    phrase: 'occupies',
    description: 'from occupies or has illegally annexed the territory to.',
    from: ['COUNTRY'],
    to: ['REGION', 'CITY'],
  },
  CONDEMNS: {
    phrase: 'condemns',
    description: 'from condemns to.',
    from: [...ACTORS, 'DECISION'],
    to: ['EVENT', 'COUNTRY', 'PERSON'],
  },
  SANCTIONS: {
    phrase: 'sanctions',
    description: 'from imposes sanctions or costs on to.',
    from: FUNDERS,
    to: ['COUNTRY'],
  },
} as const satisfies Record<string, RelationTypeSpec>;

export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_NAMES = Object.keys(RELATION_TYPES) as RelationType[];

/** Qualifiers as the source words them: "over EUR 1.2 billion", "up to EUR 10 million". */
export const AMOUNT_QUALIFIERS = {
  EXACT: 'The amount as stated, with no qualifier.',
  OVER: 'More than the amount ("over", "more than").',
  AT_LEAST: 'The amount or more ("at least", "a minimum of").',
  UP_TO: 'The amount or less ("up to").',
  ABOUT: 'Roughly the amount ("about", "approximately", "almost").',
} as const;

export type AmountQualifier = keyof typeof AMOUNT_QUALIFIERS;
export const AMOUNT_QUALIFIER_NAMES = Object.keys(AMOUNT_QUALIFIERS) as AmountQualifier[];

/**
 * ISO 4217 codes the data may use. A closed list rather than the full standard so that a typo
 * ("EURO", "US$") fails loudly; extend it when a source names a new currency.
 */
export const CURRENCIES = [
  'USD',
  'EUR',
  'GBP',
  'CAD',
  'NOK',
  'SEK',
  'DKK',
  'PLN',
  'CHF',
  'JPY',
  'UAH',
] as const;
export type Currency = (typeof CURRENCIES)[number];
