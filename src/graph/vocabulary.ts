/**
 * The closed vocabularies of the graph: entity kinds, relation types, amount qualifiers and
 * currencies. The loader rejects anything outside them, and the GraphQL enums are generated
 * from them, so adding a kind or a type is a one-line change here plus its description.
 */

export const ENTITY_KINDS = {
  COUNTRY: 'A sovereign state: an Ally, a partner, Russia or a state supporting its war.',
  GROUP:
    'A group of countries or other political actors that the source names together ("the Allies", the Nordic and Baltic Allies, NATO partners, "many Allies", Russia\'s proxies); never companies.',
  INDUSTRY:
    'Companies, or teams of companies, that the source names as a set (the Allied and Ukrainian companies bidding in UNITE).',
  ORGANISATION: 'An international organisation: NATO, the United Nations.',
  BODY: 'A body, agency, council, office, centre or command, usually part of an organisation (NATO-Ukraine Council, NCIA, NSATU, JATEC, Brave1).',
  ROLE: 'An office held by a person (Secretary General, SACEUR, Senior Representative).',
  PERSON: 'A named person.',
  PROGRAMME:
    'A programme, initiative, activity or plan that something is done through (PURL, CAP, UNITE, Eastern Sentry, MAP).',
  COMMITMENT:
    'A commitment or pledge: what its makers promise to do or spend, with its target as a quantity or amount (the Pledge of Long-Term Security Assistance, 5% of GDP on defence by 2035).',
  STANCE:
    'A position or assessment an actor states: a policy, a judgement or a warning (no combat troops or no-fly zone over Ukraine; "no imminent military threat").',
  POPULATION:
    "A group of people the source counts or speaks of as such (NATO's one billion citizens, Ukrainian refugees, civilians).",
  PACKAGE: 'A discrete funding package with its own funders, amount and date (a PURL package).',
  SUMMIT: 'A NATO summit of heads of state and government.',
  DECISION: 'A decision or statement taken at a summit or by a body.',
  EVENT: 'A dated happening: an invasion, an annexation, an opening, a launch.',
  CITY: 'A city.',
  REGION: 'A region, territory or sea area.',
  RESOURCE:
    'A kind of support or asset that one party supplies to another or has at its disposal (troops, drones, territory, personnel).',
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

const ACTORS = ['COUNTRY', 'GROUP', 'INDUSTRY', 'ORGANISATION', 'BODY', 'ROLE', 'PERSON'] as const;
const FUNDERS = ['COUNTRY', 'GROUP', 'ORGANISATION'] as const;
const PLACES = ['CITY', 'REGION', 'COUNTRY'] as const;
const ANY = Object.keys(ENTITY_KINDS) as EntityKind[];

export const RELATION_TYPES = {
  MEMBER_OF: {
    phrase: 'is a member of',
    description:
      'from is a member of to (an Ally of NATO, a country in a group, a group in a larger group); date: when it joined.',
    from: ['COUNTRY', 'ORGANISATION', 'GROUP'],
    to: ['ORGANISATION', 'GROUP'],
  },
  PARTNER_OF: {
    phrase: 'is a partner of',
    description:
      'from is a partner of to: a partner country of an organisation, without membership, or a state in a partnership with another.',
    from: ['COUNTRY'],
    to: ['ORGANISATION', 'COUNTRY'],
  },
  PART_OF: {
    phrase: 'is part of',
    description:
      'from is a body, office or component of to (a part of a programme or commitment, a subset of a group).',
    from: ['BODY', 'ROLE', 'PROGRAMME', 'COMMITMENT', 'DOCUMENT', 'GROUP'],
    to: ['ORGANISATION', 'BODY', 'COUNTRY', 'PROGRAMME', 'COMMITMENT', 'DOCUMENT', 'GROUP'],
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
    description:
      'The place from lies in the place to; a group of countries lies in the regions its members are from.',
    from: ['CITY', 'REGION', 'GROUP'],
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
    description: 'The summit or event from took place in to; only where a quote states the place.',
    from: ['SUMMIT', 'EVENT'],
    to: PLACES,
  },
  DECIDED: {
    phrase: 'decided',
    description: 'The summit, body or person from took the decision, or made the pledge or programme, to.',
    from: ['SUMMIT', 'BODY', 'ORGANISATION', 'GROUP', 'PERSON'],
    to: ['DECISION', 'PROGRAMME', 'COMMITMENT'],
  },
  ISSUED: {
    phrase: 'issued',
    description: 'The summit or body from issued the declaration, statement or document to.',
    from: ['SUMMIT', 'BODY', 'ORGANISATION'],
    to: ['DOCUMENT'],
  },
  CONCERNS: {
    phrase: 'concerns',
    description: 'The decision, event, document or position from is about to.',
    from: ['DECISION', 'EVENT', 'DOCUMENT', 'STANCE'],
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
    description:
      'from coordinates, manages or identifies the work of to (a programme, a package, a body, or the aid of a group of countries).',
    from: [...ACTORS, 'PROGRAMME'],
    to: ['PROGRAMME', 'PACKAGE', 'BODY', 'GROUP'],
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
    description:
      "from gives support to, or strengthens, to (a programme or Ally supporting Ukraine, a centre contributing to NATO's defence).",
    from: [...ACTORS, 'PROGRAMME', 'PACKAGE', 'COMMITMENT'],
    to: ['COUNTRY', 'PROGRAMME', 'BODY', 'ORGANISATION', 'GROUP', 'POPULATION'],
  },
  FUNDS: {
    phrase: 'funds',
    description:
      'from funds to, at the stage the source\'s verb gives (`stage`: "to fund" is ANNOUNCED, "funded" PROVIDED). To a package: no amount here (the package holds it, so joint funders do not split it). To a programme: the amount the source states.',
    from: FUNDERS,
    to: ['PACKAGE', 'PROGRAMME', 'COMMITMENT'],
  },
  PLEDGES: {
    phrase: 'pledged to',
    description:
      'from announces, pledges or commits money to to, not yet provided (`stage` says which: ANNOUNCED or PLEDGED); amount and date as stated.',
    from: FUNDERS,
    to: ['PROGRAMME', 'PACKAGE', 'COMMITMENT'],
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
    description: 'The state, body or person from carried out the event to.',
    from: ACTORS,
    to: ['EVENT'],
  },
  ANNOUNCED: {
    phrase: 'announced',
    description:
      'from announced the event to, which the source does not say has happened ("Russia\'s announced stationing of nuclear weapons in Belarus"); never read as CARRIED_OUT.',
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
    description: 'from condemns or denounces to.',
    from: [...ACTORS, 'DECISION'],
    to: ['EVENT', 'COUNTRY', 'PERSON'],
  },
  DOES_NOT_RECOGNISE: {
    phrase: 'does not recognise',
    description: 'from refuses to recognise to as legitimate (an annexation, a sham referendum).',
    from: ACTORS,
    to: ['EVENT', 'DECISION'],
  },
  SANCTIONS: {
    phrase: 'sanctions',
    description: 'from imposes sanctions or costs on to.',
    from: FUNDERS,
    to: ['COUNTRY'],
  },
  STATES: {
    phrase: 'states',
    description:
      "The actor from states or holds the position or assessment to. On this NATO page, what the page says in its own voice as NATO's position is stated by NATO.",
    from: ACTORS,
    to: ['STANCE'],
  },
  COMMITS_TO: {
    phrase: 'has committed to',
    description:
      'from has committed to to; quantity: the target as the source states it, with its target year.',
    from: ACTORS,
    to: ['COMMITMENT'],
  },
  FOLLOWS: {
    phrase: 'came after',
    description:
      'from came after to, as the source orders them ("following", "since", "in response"); the quotes say whether it was a response. Gives no date to from.',
    from: ['EVENT', 'PROGRAMME', 'DECISION', 'STANCE', 'BODY', 'COMMITMENT'],
    to: ['EVENT'],
  },
  PROTECTS: {
    phrase: 'protects',
    description:
      'from defends, protects or guarantees the security or rights of to (NATO its member countries and citizens, Article 5 the Allies); quantity: how many people, where the source counts them.',
    from: [...ACTORS, 'DOCUMENT', 'PROGRAMME'],
    to: ['COUNTRY', 'GROUP', 'POPULATION', 'ORGANISATION'],
  },
  HOSTS: {
    phrase: 'hosts',
    description: 'from hosts the people to (refugees); quantity: how many, as the source states it.',
    from: ['COUNTRY', 'GROUP'],
    to: ['POPULATION'],
  },
  HAS: {
    phrase: 'has',
    description:
      'from has to at its disposal (troops at high readiness, staff, logistics hubs); quantity: how many, as the source states it.',
    from: ['ORGANISATION', 'BODY', 'PROGRAMME', 'COUNTRY', 'GROUP'],
    to: ['RESOURCE'],
  },
  COOPERATES_WITH: {
    phrase: 'cooperates with',
    description:
      'from works closely with to (a partner with the Allies, the NRU with the Ukrainian authorities); quantity: for how long, where stated.',
    from: [...ACTORS, 'PROGRAMME'],
    to: ACTORS,
  },
  CONSISTS_OF: {
    phrase: 'consists of',
    description:
      'The organisation or group from is made up of to; quantity: how many, as the source states it.',
    from: ['ORGANISATION', 'GROUP'],
    to: ['GROUP'],
  },
  CAN_PROVIDE_MORE_THAN: {
    phrase: 'can provide in greater volumes than',
    description:
      'from can provide what Ukraine needs in greater volumes than to can alone, as the source compares them (the United States and European Allies and Canada under PURL).',
    from: ['COUNTRY', 'GROUP'],
    to: ['COUNTRY', 'GROUP'],
  },
  PROVIDED_SHARE_OF: {
    phrase: 'provided a share of',
    description:
      "from provided the share of the money provided under to that the quantity states (a percentage), in the relation's year. Not an amount: funding totals do not read it.",
    from: ['COUNTRY', 'GROUP', 'ORGANISATION'],
    to: ['COMMITMENT', 'PROGRAMME'],
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

/**
 * Qualifiers of a non-money figure (`Quantity`), as the source words them: "nearly 700
 * personnel", "at least 3.5%", "tens of thousands of Ukrainian troops".
 */
export const QUANTITY_QUALIFIERS = {
  EXACT: 'The figure as stated, with no qualifier ("500,000 troops", "32 countries").',
  NEARLY: 'Just under the figure ("nearly", "almost").',
  ABOUT: 'Roughly the figure, either side ("about", "approximately").',
  OVER: 'More than the figure ("over", "more than").',
  AT_LEAST: 'The figure or more ("at least", "a minimum of").',
  UP_TO: 'The figure or less ("up to").',
  MULTIPLES_OF:
    'Several times the figure, so at least it: "thousands of" is MULTIPLES_OF 1,000, "tens of thousands of" MULTIPLES_OF 10,000, "millions of" MULTIPLES_OF 1,000,000.',
} as const;

export type QuantityQualifier = keyof typeof QUANTITY_QUALIFIERS;
export const QUANTITY_QUALIFIER_NAMES = Object.keys(QUANTITY_QUALIFIERS) as QuantityQualifier[];

/** What a non-money figure counts or measures. Money is never a quantity: it is `Money`. */
export const QUANTITY_UNITS = {
  PERSONNEL: 'People on the staff of a body or programme.',
  TROOPS: 'Soldiers.',
  PEOPLE: 'People: citizens, refugees.',
  COUNTRIES: 'Countries.',
  LOGISTICS_HUBS: 'Logistics hubs.',
  YEARS: 'A duration in years.',
  PERCENT: 'A share, in percent of a whole the relation names (the money provided under a pledge).',
  PERCENT_OF_GDP: 'A share of gross domestic product, in percent.',
} as const;

export type QuantityUnit = keyof typeof QUANTITY_UNITS;
export const QUANTITY_UNIT_NAMES = Object.keys(QUANTITY_UNITS) as QuantityUnit[];

/** What a source is: a document quoted word for word, or reference data this project wrote. */
export const SOURCE_KINDS = {
  PUBLISHED:
    'A document published by someone else and quoted word for word; its citations link into it at the quote.',
  COMPILED:
    "Reference data this project compiled and wrote itself, from the pages listed as its references; its sentences are the project's, not the publisher's, and its citations get no link into those pages.",
} as const;

export type SourceKind = keyof typeof SOURCE_KINDS;
export const SOURCE_KIND_NAMES = Object.keys(SOURCE_KINDS) as SourceKind[];

/** How much of a source sentence the graph holds as structured facts. */
export const COVERAGE_STATUSES = {
  CAPTURED: 'The facts the sentence states are held as entities and relations that quote it.',
  PARTLY_CAPTURED:
    "Some of what the sentence states is held as facts that quote it, and a curator's note says what is not (`notHeld`).",
  NOT_CAPTURED:
    "The sentence states a fact the graph does not hold: no fact quotes it. A curator's note says why; a sentence without one is unaccounted for.",
  NO_FACT:
    "The sentence states no fact of the graph's kind (a heading, a link label...); a curator's note gives the reason.",
} as const;

export type CoverageStatus = keyof typeof COVERAGE_STATUSES;
export const COVERAGE_STATUS_NAMES = Object.keys(COVERAGE_STATUSES) as CoverageStatus[];

/** Why a sentence carries no fact of the graph's kind (a NO_FACT coverage note). */
export const NO_FACT_REASONS = {
  HEADING: 'A section heading or question heading: it names what follows and states nothing itself.',
  LINK_LABEL: 'The title of a linked page: it names that page and states nothing about the world.',
  ABOUT_THE_PAGE: 'It says what the page itself is or does.',
  OPINION_NO_ACTOR:
    'An evaluation that the source attributes to no actor, naming no event, relation or figure.',
  SUMMARY: 'It sums up facts other sentences state, adding none of its own.',
  FRAGMENT: 'Too short to state anything on its own (a bare "Yes.").',
} as const;

export type NoFactReason = keyof typeof NO_FACT_REASONS;
export const NO_FACT_REASON_NAMES = Object.keys(NO_FACT_REASONS) as NoFactReason[];

/** What each currency code stands for, for readers of the schema. */
export const CURRENCY_NAMES: Record<Currency, string> = {
  USD: 'United States dollar.',
  EUR: 'Euro.',
  GBP: 'Pound sterling.',
  CAD: 'Canadian dollar.',
  NOK: 'Norwegian krone.',
  SEK: 'Swedish krona.',
  DKK: 'Danish krone.',
  PLN: 'Polish złoty.',
  CHF: 'Swiss franc.',
  JPY: 'Japanese yen.',
  UAH: 'Ukrainian hryvnia.',
};
