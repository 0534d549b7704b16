/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** How the source qualifies an amount. */
export type AmountQualifier =
  /** Roughly the amount ("about", "approximately", "almost"). */
  | 'ABOUT'
  /** The amount or more ("at least", "a minimum of"). */
  | 'AT_LEAST'
  /** The amount as stated, with no qualifier. */
  | 'EXACT'
  /** More than the amount ("over", "more than"). */
  | 'OVER'
  /** The amount or less ("up to"). */
  | 'UP_TO';

/** How much of a source sentence the graph holds as structured facts. */
export type CoverageStatus =
  /** The facts the sentence states are held as entities and relations that quote it. */
  | 'CAPTURED'
  /** The sentence states a fact the graph does not hold: no fact quotes it. A curator's note says why; a sentence without one is unaccounted for. */
  | 'NOT_CAPTURED'
  /** The sentence states no fact of the graph's kind (a heading, a link label...); a curator's note gives the reason. */
  | 'NO_FACT'
  /** Some of what the sentence states is held as facts that quote it, and a curator's note says what is not (`notHeld`). */
  | 'PARTLY_CAPTURED';

/** The ISO 4217 currencies the source states amounts in. */
export type Currency =
  /** Canadian dollar. */
  | 'CAD'
  /** Swiss franc. */
  | 'CHF'
  /** Danish krone. */
  | 'DKK'
  /** Euro. */
  | 'EUR'
  /** Pound sterling. */
  | 'GBP'
  /** Japanese yen. */
  | 'JPY'
  /** Norwegian krone. */
  | 'NOK'
  /** Polish złoty. */
  | 'PLN'
  /** Swedish krona. */
  | 'SEK'
  /** Ukrainian hryvnia. */
  | 'UAH'
  /** United States dollar. */
  | 'USD';

/** Conditions on a partial date, each a period: eq = overlaps, gt/lt = wholly after/before, gte/lte = not wholly before/after, within = wholly inside. Undated facts never match. */
export type DateFilter = {
  /** Overlaps it: "2025-08" matches 2025-08-13 and 2025. */
  eq?: string | null | undefined;
  /** Wholly after it. */
  gt?: string | null | undefined;
  /** Not wholly before it: after it or overlapping. */
  gte?: string | null | undefined;
  /** Wholly before it. */
  lt?: string | null | undefined;
  /** Not wholly after it: before it or overlapping. */
  lte?: string | null | undefined;
  /** Wholly inside it: "2025-08" matches 2025-08-13, not 2025. */
  within?: string | null | undefined;
};

/** Which way a relation points, seen from the entity asked about. */
export type Direction =
  /** Either way. */
  | 'BOTH'
  /** The entity is the relation's "to". */
  | 'IN'
  /** The entity is the relation's "from". */
  | 'OUT';

/** What sort of thing an entity is. Each kind has its own object type. */
export type EntityKind =
  /** A body, agency, council, office, centre or command, usually part of an organisation (NATO-Ukraine Council, NCIA, NSATU, JATEC, Brave1). */
  | 'BODY'
  /** A city. */
  | 'CITY'
  /** A commitment or pledge: what its makers promise to do or spend, with its target as a quantity or amount (the Pledge of Long-Term Security Assistance, 5% of GDP on defence by 2035). */
  | 'COMMITMENT'
  /** A sovereign state: an Ally, a partner, Russia or a state supporting its war. */
  | 'COUNTRY'
  /** A decision or statement taken at a summit or by a body. */
  | 'DECISION'
  /** A treaty, charter, article or declaration. */
  | 'DOCUMENT'
  /** A dated happening: an invasion, an annexation, an opening, a launch. */
  | 'EVENT'
  /** A group of countries or other political actors that the source names together ("the Allies", the Nordic and Baltic Allies, NATO partners, "many Allies", Russia's proxies); never companies. */
  | 'GROUP'
  /** Companies, or teams of companies, that the source names as a set (the Allied and Ukrainian companies bidding in UNITE). */
  | 'INDUSTRY'
  /** An international organisation: NATO, the United Nations. */
  | 'ORGANISATION'
  /** A discrete funding package with its own funders, amount and date (a PURL package). */
  | 'PACKAGE'
  /** A named person. */
  | 'PERSON'
  /** A group of people the source counts or speaks of as such (NATO's one billion citizens, Ukrainian refugees, civilians). */
  | 'POPULATION'
  /** A programme, initiative, activity or plan that something is done through (PURL, CAP, UNITE, Eastern Sentry, MAP). */
  | 'PROGRAMME'
  /** A region, territory or sea area. */
  | 'REGION'
  /** A kind of support or asset that one party supplies to another or has at its disposal (troops, drones, territory, personnel). */
  | 'RESOURCE'
  /** An office held by a person (Secretary General, SACEUR, Senior Representative). */
  | 'ROLE'
  /** A position or assessment an actor states: a policy, a judgement or a warning (no combat troops or no-fly zone over Ukraine; "no imminent military threat"). */
  | 'STANCE'
  /** A NATO summit of heads of state and government. */
  | 'SUMMIT';

/** Conditions on an entity kind. */
export type EntityKindFilter = {
  /** This kind. */
  eq?: EntityKind | null | undefined;
  /** One of these kinds. */
  in?: Array<EntityKind> | null | undefined;
};

/** How to order entities. */
export type EntityOrder =
  /** Highest betweenness first. */
  | 'BETWEENNESS'
  /** Most relations first. */
  | 'DEGREE'
  /** By name, then key. */
  | 'NAME'
  /** Highest PageRank first. */
  | 'PAGERANK';

/** Conditions on an entity; all that are given must hold. */
export type EntityWhere = {
  /** Every one of these holds. */
  AND?: Array<EntityWhere> | null | undefined;
  /** This does not hold. */
  NOT?: EntityWhere | null | undefined;
  /** At least one of these holds (none: no match). */
  OR?: Array<EntityWhere> | null | undefined;
  /** On the date; undated entities never match. */
  date?: DateFilter | null | undefined;
  /** On the stable key. */
  key?: StringFilter | null | undefined;
  /** On the kind. */
  kind?: EntityKindFilter | null | undefined;
  /** On the name (aliases: see searchConnection). */
  name?: StringFilter | null | undefined;
  /** On its relations. */
  relations?: RelationQuantifier | null | undefined;
};

/** What a funded sum is. */
export type FundedSumScope =
  /** A package's whole amount, from its PACKAGE_OF relation: one sum however many funders it had. */
  | 'PACKAGE'
  /** A sum the source states for a programme as a whole, on a FUNDS or PLEDGES relation straight to it; its `sumKind` says whether it is a contribution, a running or period total, or a target. */
  | 'PROGRAMME_WIDE';

/** How a funder takes part in a sum. */
export type FundingCredit =
  /** Funded jointly with the co-funders the source names: the whole amount is shown, never split unless the source states the shares. */
  | 'JOINT'
  /** Its own money, as the source credits it to this funder alone. */
  | 'OWN'
  /** Through a group it belongs to, which the source credits: the group's whole amount, shared with the group's other members; the source does not say what this member gave, so it is never this member's own. A member the money buys from is not credited (PURL buys from the United States "by other NATO Allies"). */
  | 'VIA_GROUP';

/** What `funding` groups its lines by, besides programme, stage and currency, which always split them. */
export type FundingDimension =
  /** One line per currency. Always in effect, listed or not: amounts in different currencies are never added, nor is an amount whose currency the source does not state. */
  | 'CURRENCY'
  /** One line per funder as the source names it (a group stays a group), or per set of funders for joint packages, which are counted once under all their funders together, never once per funder. */
  | 'FUNDER'
  /** One line per programme (or per package that belongs to no programme). Always in effect, listed or not: the money of different programmes is never added, since the source never says it is disjoint. */
  | 'PROGRAMME'
  /** One line per year the money is for: its period where the source gives one, else its date; undated sums get a line of their own (year null). */
  | 'YEAR';

/** Why a funded sum was left out of a line, or is included in another figure. */
export type FundingExclusionReason =
  /** Its period or date reaches outside the from/to range (a total for 2024 in a range from July 2024), so it cannot be counted as money of the range. */
  | 'EXTENDS_BEYOND_RANGE'
  /** A discrete sum that a total the source states already includes: a running total of the same programme and stage dated on or after it (or undated), or a period total whose period holds it. `includedIn` is that total; adding the sum would count its money twice. */
  | 'INCLUDED_IN_PROGRAMME_TOTAL'
  /** A running total of a programme with sums dated before `from` since it began counting (the programme's start, or the start of the period it is for): it holds money from before the range, so it is no total for the range asked for; the sums in the range are counted instead. */
  | 'INCLUDES_MONEY_BEFORE_RANGE'
  /** The source states no amount, so there is nothing to add. */
  | 'NO_AMOUNT'
  /** Undated, so it cannot be placed between `from` and `to`. */
  | 'UNDATED';

/** What a funding line is: a sum this service added, a total the source states, or a target. */
export type FundingLineBasis =
  /** A total the source itself states (a running total to its date, or a total for a period): it is the answer, and the sums it includes are listed as INCLUDED_IN_PROGRAMME_TOTAL. */
  | 'STATED_TOTAL'
  /** This service added the sums listed (discrete sums, or period totals of periods that do not overlap): the source states no total for them. */
  | 'SUM'
  /** A baseline, minimum, ceiling or target the source states: a level to reach, not money given. */
  | 'TARGET';

/** How a package's amount is divided between its funders, where the source says. */
export type FundingShare =
  /** Equal shares: the package's amount is allocated equally between its funders ("allocated equally by NATO and Ukraine"). */
  | 'EQUAL';

/** The stage the source's verb puts money at. Stages are never added together: a pledge and the money later provided may be the same money. */
export type FundingStage =
  /** Announced, or agreed or prepared to be funded ("announce", "to fund", "will provide", "are prepared to", "agree to provide"): an intention, not yet a pledge, nor money provided. */
  | 'ANNOUNCED'
  /** Pledged or committed ("pledged", "committed", "commitment", "Pledge"): a promise, not yet money provided. */
  | 'PLEDGED'
  /** Provided or delivered ("providing", "provided", "delivering", "funded", "fund" stated as done): money given. */
  | 'PROVIDED';

/** Where a known-from bound comes from (the rule is in docs/api.md, "Paths, neighbourhoods, time and importance" → "What was the picture on a given date?"). */
export type KnownFromBasis =
  /** An undated entity: the earliest known-from of the facts about it. */
  | 'FIRST_FACT'
  /** The fact's own date. */
  | 'OWN_DATE'
  /** A total for a whole period, or a share of one: not known before the period is over (a lower bound: it was known once a source stated it, which may be later). */
  | 'PERIOD_END'
  /** An undated fact tied to a date one of its quotes states (Mark Rutte as Secretary General: the press conference of 3 December 2025). */
  | 'QUOTED_DATE'
  /** The date the source speaks as of (for an undated page, the latest date it mentions): for running totals ("so far", "already") and for facts nothing earlier ties to a date. */
  | 'SOURCE_DATE'
  /** The date of what the fact involves: a dated event, summit, decision or package at either end, or the start of a programme or commitment at either end (its launch, establishment, the summit that made it, or its first dated package); for an undated establishment, the first other fact about what it establishes (NSATU existed by 4 August 2025, when PURL delivered through it). */
  | 'TIED';

/** Conditions on an amount, in its own currency (never converted). No amount: no match. */
export type MoneyFilter = {
  /** In this currency. */
  currency?: Currency | null | undefined;
  /** More than this stated value. */
  gt?: number | null | undefined;
  /** At least this stated value. */
  gte?: number | null | undefined;
  /** Less than this stated value. */
  lt?: number | null | undefined;
  /** At most this stated value. */
  lte?: number | null | undefined;
};

/** Why a sentence states no fact of the graph's kind. */
export type NoFactReason =
  /** It says what the page itself is or does. */
  | 'ABOUT_THE_PAGE'
  /** Too short to state anything on its own (a bare "Yes."). */
  | 'FRAGMENT'
  /** A section heading or question heading: it names what follows and states nothing itself. */
  | 'HEADING'
  /** The title of a linked page: it names that page and states nothing about the world. */
  | 'LINK_LABEL'
  /** An evaluation that the source attributes to no actor, naming no event, relation or figure. */
  | 'OPINION_NO_ACTOR'
  /** It sums up facts other sentences state, adding none of its own. */
  | 'SUMMARY';

/** Why a path search found nothing. */
export type NoPathReason =
  /** One with these filters does, longer than maxHops. */
  | 'BEYOND_MAX_HOPS'
  /** One does, but not with the types, direction and date asked for (the explanation says when it is also longer than maxHops). */
  | 'FILTERED_OUT'
  /** No chain of relations joins the two, whatever the filters. */
  | 'NOT_CONNECTED'
  /** from and to are the same entity. */
  | 'SAME_ENTITY'
  /** Looking beyond maxHops reached the search bound before it could tell. */
  | 'SEARCH_LIMIT';

/** Why two lines are shown side by side instead of added. */
export type NotAddedReason =
  /** The source names no currency for one of them ("over 4 billion"): it is not inferred, so the amount is added to nothing. */
  | 'CURRENCY_NOT_STATED'
  /** Different currencies: never converted, never added. */
  | 'DIFFERENT_CURRENCIES'
  /** Money for different programmes: the source never says their money is disjoint (CAP's figure covers "related funds" too), so it is never added across programmes. */
  | 'DIFFERENT_PROGRAMMES'
  /** Announced, pledged and provided money are different stages, often of the same money (a pledge later provided): never added. */
  | 'DIFFERENT_STAGES'
  /** One is a group's money, shared with the group's other members, and the other is the funder's own or another group's: a group's amount is never added to a member's own. */
  | 'GROUP_CREDIT'
  /** Totals for periods that overlap: one may include the other, so they are not added. */
  | 'OVERLAPPING_PERIODS'
  /** One is a running total to its date: it may include, or be restated by, the other, so it is never added to anything. */
  | 'RUNNING_TOTAL'
  /** One is a baseline, minimum, ceiling or target: a level to reach, not money given, so nothing is added to it. */
  | 'TARGET';

/** How to order relations. */
export type RelationOrder =
  /** By currency, then amount (currencies do not compare); without an amount last. */
  | 'AMOUNT'
  /** By date, undated last, then key. */
  | 'DATE'
  /** By relation type, then date, then key. */
  | 'TYPE';

/** Conditions on an entity's relations (either direction); all that are given must hold. */
export type RelationQuantifier = {
  /** Every relation matches (true with none). */
  all?: RelationWhere | null | undefined;
  /** No relation matches. */
  none?: RelationWhere | null | undefined;
  /** At least one relation matches. */
  some?: RelationWhere | null | undefined;
};

/** The closed vocabulary of relations; each reads "from TYPE to". */
export type RelationType =
  /** from announced the event to, which the source does not say has happened ("Russia's announced stationing of nuclear weapons in Belarus"); never read as CARRIED_OUT. */
  | 'ANNOUNCED'
  /** from has its seat or headquarters in the place to. */
  | 'BASED_IN'
  /** from can provide what Ukraine needs in greater volumes than to can alone, as the source compares them (the United States and European Allies and Canada under PURL). */
  | 'CAN_PROVIDE_MORE_THAN'
  /** The state, body or person from carried out the event to. */
  | 'CARRIED_OUT'
  /** from has committed to to; quantity: the target as the source states it, with its target year. */
  | 'COMMITS_TO'
  /** The decision, event, document or position from is about to. */
  | 'CONCERNS'
  /** from condemns or denounces to. */
  | 'CONDEMNS'
  /** The organisation or group from is made up of to; quantity: how many, as the source states it. */
  | 'CONSISTS_OF'
  /** from works closely with to (a partner with the Allies, the NRU with the Ukrainian authorities); quantity: for how long, where stated. */
  | 'COOPERATES_WITH'
  /** from coordinates, manages or identifies the work of to (a programme, a package, a body, or the aid of a group of countries). */
  | 'COORDINATES'
  /** The summit, body or person from took the decision, or made the pledge or programme, to. */
  | 'DECIDED'
  /** Deliveries under the programme from go through the programme or body to. */
  | 'DELIVERS_THROUGH'
  /** from refuses to recognise to as legitimate (an annexation, a sham referendum). */
  | 'DOES_NOT_RECOGNISE'
  /** from set up or launched the programme or body to. */
  | 'ESTABLISHED'
  /** from came after to, as the source orders them ("following", "since", "in response"); the quotes say whether it was a response. Gives no date to from. */
  | 'FOLLOWS'
  /** from funds to, at the stage the source's verb gives (`stage`: "to fund" is ANNOUNCED, "funded" PROVIDED). To a package: no amount here (the package holds it, so joint funders do not split it). To a programme: the amount the source states. */
  | 'FUNDS'
  /** from has to at its disposal (troops at high readiness, staff, logistics hubs); quantity: how many, as the source states it. */
  | 'HAS'
  /** from (an office or person) heads to. */
  | 'HEADS'
  /** The summit or event from took place in to; only where a quote states the place. */
  | 'HELD_IN'
  /** The person from holds the office to. */
  | 'HOLDS_ROLE'
  /** from hosts the people to (refugees); quantity: how many, as the source states it. */
  | 'HOSTS'
  /** The summit or body from issued the declaration, statement or document to. */
  | 'ISSUED'
  /** The place from lies in the place to; a group of countries lies in the regions its members are from. */
  | 'LOCATED_IN'
  /** from is a member of to (an Ally of NATO, a country in a group, a group in a larger group); date: when it joined. */
  | 'MEMBER_OF'
  /** from occupies or has illegally annexed the territory to. */
  | 'OCCUPIES'
  /** The activity or body from operates in or watches over the area to. */
  | 'OPERATES_IN'
  /** The package from is delivered under the programme to; amount and date of the package. */
  | 'PACKAGE_OF'
  /** from takes part in to (sits in a council, bids in a programme). */
  | 'PARTICIPATES_IN'
  /** from is a partner of to: a partner country of an organisation, without membership, or a state in a partnership with another. */
  | 'PARTNER_OF'
  /** from is a body, office or component of to (a part of a programme or commitment, a subset of a group). */
  | 'PART_OF'
  /** from announces, pledges or commits money to to, not yet provided (`stage` says which: ANNOUNCED or PLEDGED); amount and date as stated. */
  | 'PLEDGES'
  /** from defends, protects or guarantees the security or rights of to (NATO its member countries and citizens, Article 5 the Allies); quantity: how many people, where the source counts them. */
  | 'PROTECTS'
  /** from provided the share of the money provided under to that the quantity states (a percentage), in the relation's year. Not an amount: funding totals do not read it. */
  | 'PROVIDED_SHARE_OF'
  /** from conducts or operates to (NCIA runs the first UNITE competition). */
  | 'RUNS'
  /** from imposes sanctions or costs on to. */
  | 'SANCTIONS'
  /** The programme from buys its equipment from the country to. */
  | 'SOURCES_FROM'
  /** The actor from states or holds the position or assessment to. On this NATO page, what the page says in its own voice as NATO's position is stated by NATO. */
  | 'STATES'
  /** from supplies the resource to; recipient: who receives it. */
  | 'SUPPLIES'
  /** from gives support to, or strengthens, to (a programme or Ally supporting Ukraine, a centre contributing to NATO's defence). */
  | 'SUPPORTS'
  /** from supports or enables Russia's war of aggression (to is the aggressor). */
  | 'SUPPORTS_WAR_OF';

/** Conditions on a relation type. */
export type RelationTypeFilter = {
  /** This type. */
  eq?: RelationType | null | undefined;
  /** One of these types. */
  in?: Array<RelationType> | null | undefined;
};

/** Conditions on a relation; all that are given must hold. */
export type RelationWhere = {
  /** Every one of these holds. */
  AND?: Array<RelationWhere> | null | undefined;
  /** This does not hold. */
  NOT?: RelationWhere | null | undefined;
  /** At least one of these holds (none: no match). */
  OR?: Array<RelationWhere> | null | undefined;
  /** On the amount; relations without one never match. */
  amount?: MoneyFilter | null | undefined;
  /** On the date; undated relations never match. */
  date?: DateFilter | null | undefined;
  /** Which way it points from the entity asked about; not on the root list. */
  direction?: Direction | null | undefined;
  /** On the entity it points from. */
  from?: EntityWhere | null | undefined;
  /** On the far end, seen from the entity asked about; not on the root list. */
  other?: EntityWhere | null | undefined;
  /** On the entity it points to. */
  to?: EntityWhere | null | undefined;
  /** On the type. */
  type?: RelationTypeFilter | null | undefined;
};

/** Where a search looks. */
export type SearchField =
  /** Acronyms and other names. */
  | 'ALIAS'
  /** The name. */
  | 'NAME'
  /** The quotes cited for the entity or for its relations. */
  | 'QUOTE';

/** What the sentence-splitting rule found a sentence to be. */
export type SentenceForm =
  /** A line without a closing full stop, question or exclamation mark, or a numbered question: a section heading, a question heading or a standalone link title. */
  | 'HEADING'
  /** The label of a "Learn more" link: the title of another page. */
  | 'LINK_LABEL'
  /** A sentence of running text. */
  | 'SENTENCE';

/** What a source is: a document quoted word for word, or reference data this project wrote. */
export type SourceKind =
  /** Reference data this project compiled and wrote itself, from the pages listed as its references; its sentences are the project's, not the publisher's, and its citations get no link into those pages. */
  | 'COMPILED'
  /** A document published by someone else and quoted word for word; its citations link into it at the quote. */
  | 'PUBLISHED';

/** Conditions on a text; all that are given must hold. */
export type StringFilter = {
  /** Contains this text, ignoring case and accents. */
  contains?: string | null | undefined;
  /** Exactly this text. */
  eq?: string | null | undefined;
  /** Exactly one of these texts. */
  in?: Array<string> | null | undefined;
  /** Starts with this text, ignoring case and accents. */
  startsWith?: string | null | undefined;
};

/** What an amount is: what decides whether it may be added to another. */
export type SumKind =
  /** A discrete sum: one package or one contribution ("Germany to fund $500 million PURL package"). Discrete sums of one programme, stage and currency add up. */
  | 'DISCRETE'
  /** A total for a whole period ("providing over EUR 50 billion in 2024"). It includes the discrete sums of its period; totals of periods that do not overlap add up. */
  | 'PERIOD_TOTAL'
  /** A running total: everything at this stage up to its date ("have so far committed", "have already committed", "over 4 billion in PURL packages" as of 10 December 2025). It includes the discrete sums dated up to it and is never added to anything. */
  | 'RUNNING_TOTAL'
  /** A baseline, minimum, ceiling or target ("a minimum baseline funding of EUR 40 billion in 2024", "up to EUR 50 million for 2026"): a level to reach, not money given. Never added. */
  | 'TARGET';

/** The qualifier of a sum. EXACT is neutral (EXACT + q = q); a qualifier added to itself stays; OVER + AT_LEAST = OVER; a lower bound (OVER, AT_LEAST) with UP_TO or ABOUT, or UP_TO with ABOUT, is MIXED. */
export type TotalQualifier =
  /** Roughly the amount ("about", "approximately", "almost"). */
  | 'ABOUT'
  /** The amount or more ("at least", "a minimum of"). */
  | 'AT_LEAST'
  /** The amount as stated, with no qualifier. */
  | 'EXACT'
  /** Parts qualified in different ways (say "over" and "up to"): no one word is true of the sum, so `parts` gives one sub-sum per qualifier. */
  | 'MIXED'
  /** More than the amount ("over", "more than"). */
  | 'OVER'
  /** The amount or less ("up to"). */
  | 'UP_TO';

export type BasedInQueryVariables = Exact<{
  key: string;
}>;


export type BasedInQuery = { entity:
    | { __typename: 'Body', name: string, relations: { edges: Array<{ node:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { __typename: 'City', name: string, locatedIn: Array<
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
        | { name: string }
      >, basedHere: Array<
        | { key: string, name: string, kind: EntityKind }
        | { key: string, name: string, kind: EntityKind }
        | { key: string, name: string, kind: EntityKind }
        | { key: string, name: string, kind: EntityKind }
        | { key: string, name: string, kind: EntityKind }
        | { key: string, name: string, kind: EntityKind }
        | { key: string, name: string, kind: EntityKind }
        | { key: string, name: string, kind: EntityKind }
        | { key: string, name: string, kind: EntityKind }
        | { key: string, name: string, kind: EntityKind }
        | { key: string, name: string, kind: EntityKind }
        | { key: string, name: string, kind: EntityKind }
        | { key: string, name: string, kind: EntityKind }
        | { key: string, name: string, kind: EntityKind }
        | { key: string, name: string, kind: EntityKind }
        | { key: string, name: string, kind: EntityKind }
        | { key: string, name: string, kind: EntityKind }
        | { key: string, name: string, kind: EntityKind }
        | { key: string, name: string, kind: EntityKind }
      >, relations: { edges: Array<{ node:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { __typename: 'Commitment', name: string, relations: { edges: Array<{ node:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { __typename: 'Country', name: string, relations: { edges: Array<{ node:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { __typename: 'Decision', name: string, relations: { edges: Array<{ node:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { __typename: 'Document', name: string, relations: { edges: Array<{ node:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { __typename: 'Event', name: string, relations: { edges: Array<{ node:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { __typename: 'Group', name: string, relations: { edges: Array<{ node:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { __typename: 'Industry', name: string, relations: { edges: Array<{ node:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { __typename: 'Organisation', name: string, relations: { edges: Array<{ node:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { __typename: 'Package', name: string, relations: { edges: Array<{ node:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { __typename: 'Person', name: string, relations: { edges: Array<{ node:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { __typename: 'Population', name: string, relations: { edges: Array<{ node:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { __typename: 'Programme', name: string, relations: { edges: Array<{ node:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { __typename: 'Region', name: string, relations: { edges: Array<{ node:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { __typename: 'Resource', name: string, relations: { edges: Array<{ node:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { __typename: 'Role', name: string, relations: { edges: Array<{ node:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { __typename: 'Stance', name: string, relations: { edges: Array<{ node:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { __typename: 'Summit', name: string, relations: { edges: Array<{ node:
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
            | { name: string }
          , relation: { citations: Array<{ quote: string }> } }> } }
   | null };

export type CountriesFundingPackagesOfQueryVariables = Exact<{
  programme: string;
}>;


export type CountriesFundingPackagesOfQuery = { entitiesConnection: { totalCount: number, edges: Array<{ node:
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
       }> } | null };

export type CountriesNearQueryVariables = Exact<{
  key: string;
  depth: number;
}>;


export type CountriesNearQuery = { neighbourhood: { truncated: boolean, nodes: Array<{ depth: number, entity:
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
      , via: Array<{ key: string, type: RelationType, citations: Array<{ quote: string }> }> }> } | null };

export type EntityRelationsQueryVariables = Exact<{
  key: string;
  where?: RelationWhere | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type EntityRelationsQuery = { entity:
    | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { id: string, key: string, type: RelationType, date: string | null, from:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , to:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null, citations: Array<{ quote: string, source: { key: string, title: string } }> } }> } }
    | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { id: string, key: string, type: RelationType, date: string | null, from:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , to:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null, citations: Array<{ quote: string, source: { key: string, title: string } }> } }> } }
    | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { id: string, key: string, type: RelationType, date: string | null, from:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , to:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null, citations: Array<{ quote: string, source: { key: string, title: string } }> } }> } }
    | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { id: string, key: string, type: RelationType, date: string | null, from:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , to:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null, citations: Array<{ quote: string, source: { key: string, title: string } }> } }> } }
    | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { id: string, key: string, type: RelationType, date: string | null, from:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , to:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null, citations: Array<{ quote: string, source: { key: string, title: string } }> } }> } }
    | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { id: string, key: string, type: RelationType, date: string | null, from:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , to:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null, citations: Array<{ quote: string, source: { key: string, title: string } }> } }> } }
    | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { id: string, key: string, type: RelationType, date: string | null, from:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , to:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null, citations: Array<{ quote: string, source: { key: string, title: string } }> } }> } }
    | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { id: string, key: string, type: RelationType, date: string | null, from:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , to:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null, citations: Array<{ quote: string, source: { key: string, title: string } }> } }> } }
    | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { id: string, key: string, type: RelationType, date: string | null, from:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , to:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null, citations: Array<{ quote: string, source: { key: string, title: string } }> } }> } }
    | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { id: string, key: string, type: RelationType, date: string | null, from:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , to:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null, citations: Array<{ quote: string, source: { key: string, title: string } }> } }> } }
    | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { id: string, key: string, type: RelationType, date: string | null, from:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , to:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null, citations: Array<{ quote: string, source: { key: string, title: string } }> } }> } }
    | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { id: string, key: string, type: RelationType, date: string | null, from:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , to:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null, citations: Array<{ quote: string, source: { key: string, title: string } }> } }> } }
    | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { id: string, key: string, type: RelationType, date: string | null, from:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , to:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null, citations: Array<{ quote: string, source: { key: string, title: string } }> } }> } }
    | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { id: string, key: string, type: RelationType, date: string | null, from:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , to:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null, citations: Array<{ quote: string, source: { key: string, title: string } }> } }> } }
    | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { id: string, key: string, type: RelationType, date: string | null, from:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , to:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null, citations: Array<{ quote: string, source: { key: string, title: string } }> } }> } }
    | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { id: string, key: string, type: RelationType, date: string | null, from:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , to:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null, citations: Array<{ quote: string, source: { key: string, title: string } }> } }> } }
    | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { id: string, key: string, type: RelationType, date: string | null, from:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , to:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null, citations: Array<{ quote: string, source: { key: string, title: string } }> } }> } }
    | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { id: string, key: string, type: RelationType, date: string | null, from:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , to:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null, citations: Array<{ quote: string, source: { key: string, title: string } }> } }> } }
    | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, edges: Array<{ cursor: string, direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { id: string, key: string, type: RelationType, date: string | null, from:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , to:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
            , amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null, citations: Array<{ quote: string, source: { key: string, title: string } }> } }> } }
   | null };

export type ExplorerEntityQueryVariables = Exact<{
  key: string;
  asOf?: string | null | undefined;
  after?: string | null | undefined;
}>;


export type ExplorerEntityQuery = { entity:
    | { key: string, name: string, kind: EntityKind, date: string | null, aliases: Array<string>, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { key: string, type: RelationType, date: string | null, amount: { text: string } | null, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }> } }> } }
    | { key: string, name: string, kind: EntityKind, date: string | null, aliases: Array<string>, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { key: string, type: RelationType, date: string | null, amount: { text: string } | null, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }> } }> } }
    | { key: string, name: string, kind: EntityKind, date: string | null, aliases: Array<string>, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { key: string, type: RelationType, date: string | null, amount: { text: string } | null, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }> } }> } }
    | { key: string, name: string, kind: EntityKind, date: string | null, aliases: Array<string>, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { key: string, type: RelationType, date: string | null, amount: { text: string } | null, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }> } }> } }
    | { key: string, name: string, kind: EntityKind, date: string | null, aliases: Array<string>, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { key: string, type: RelationType, date: string | null, amount: { text: string } | null, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }> } }> } }
    | { key: string, name: string, kind: EntityKind, date: string | null, aliases: Array<string>, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { key: string, type: RelationType, date: string | null, amount: { text: string } | null, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }> } }> } }
    | { key: string, name: string, kind: EntityKind, date: string | null, aliases: Array<string>, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { key: string, type: RelationType, date: string | null, amount: { text: string } | null, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }> } }> } }
    | { key: string, name: string, kind: EntityKind, date: string | null, aliases: Array<string>, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { key: string, type: RelationType, date: string | null, amount: { text: string } | null, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }> } }> } }
    | { key: string, name: string, kind: EntityKind, date: string | null, aliases: Array<string>, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { key: string, type: RelationType, date: string | null, amount: { text: string } | null, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }> } }> } }
    | { key: string, name: string, kind: EntityKind, date: string | null, aliases: Array<string>, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { key: string, type: RelationType, date: string | null, amount: { text: string } | null, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }> } }> } }
    | { key: string, name: string, kind: EntityKind, date: string | null, aliases: Array<string>, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { key: string, type: RelationType, date: string | null, amount: { text: string } | null, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }> } }> } }
    | { key: string, name: string, kind: EntityKind, date: string | null, aliases: Array<string>, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { key: string, type: RelationType, date: string | null, amount: { text: string } | null, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }> } }> } }
    | { key: string, name: string, kind: EntityKind, date: string | null, aliases: Array<string>, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { key: string, type: RelationType, date: string | null, amount: { text: string } | null, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }> } }> } }
    | { key: string, name: string, kind: EntityKind, date: string | null, aliases: Array<string>, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { key: string, type: RelationType, date: string | null, amount: { text: string } | null, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }> } }> } }
    | { key: string, name: string, kind: EntityKind, date: string | null, aliases: Array<string>, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { key: string, type: RelationType, date: string | null, amount: { text: string } | null, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }> } }> } }
    | { key: string, name: string, kind: EntityKind, date: string | null, aliases: Array<string>, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { key: string, type: RelationType, date: string | null, amount: { text: string } | null, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }> } }> } }
    | { key: string, name: string, kind: EntityKind, date: string | null, aliases: Array<string>, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { key: string, type: RelationType, date: string | null, amount: { text: string } | null, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }> } }> } }
    | { key: string, name: string, kind: EntityKind, date: string | null, aliases: Array<string>, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { key: string, type: RelationType, date: string | null, amount: { text: string } | null, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }> } }> } }
    | { key: string, name: string, kind: EntityKind, date: string | null, aliases: Array<string>, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }>, relations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ direction: Direction, node:
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          , relation: { key: string, type: RelationType, date: string | null, amount: { text: string } | null, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }> } }> } }
   | null };

export type ExplorerProgrammesQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerProgrammesQuery = { programmes: { totals: Array<{ programme:
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
       }> } | null };

export type ExplorerFundingQueryVariables = Exact<{
  programme?: string | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ExplorerFundingQuery = { funding: { totals: Array<{ key: string, stage: FundingStage, currency: Currency | null, basis: FundingLineBasis, count: number, programme:
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
      , total: { text: string, qualifier: TotalQualifier }, sums: Array<{ key: string, date: string | null, period: string | null, stage: FundingStage, sumKind: SumKind, scope: FundedSumScope, amount: { text: string, value: number, currency: Currency | null, qualifier: AmountQualifier } | null, funders: Array<
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
        >, package:
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
         | null, recipient:
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
        , citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind } }> }>, besides: Array<{ reason: NotAddedReason, keys: Array<string> }> }>, excluded: Array<{ reason: FundingExclusionReason, includedIn: { key: string, date: string | null, period: string | null, sumKind: SumKind, amount: { text: string } | null, funders: Array<
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
        > } | null, sum: { key: string, date: string | null, period: string | null, stage: FundingStage, sumKind: SumKind, scope: FundedSumScope, amount: { text: string, value: number, currency: Currency | null, qualifier: AmountQualifier } | null, funders: Array<
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
        >, package:
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
         | null, recipient:
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
        , citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind } }> } }> } | null };

export type ExplorerSumFragment = { key: string, date: string | null, period: string | null, stage: FundingStage, sumKind: SumKind, scope: FundedSumScope, amount: { text: string, value: number, currency: Currency | null, qualifier: AmountQualifier } | null, funders: Array<
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
  >, package:
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
   | null, recipient:
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
  , citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind } }> };

export type ExplorerGraphChangedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type ExplorerGraphChangedSubscription = { graphChanged: { version: string, counts: { entities: number, relations: number } } };

export type ExplorerGraphQueryVariables = Exact<{
  withStats: boolean;
  withEntities: boolean;
  entitiesAfter?: string | null | undefined;
  withRelations: boolean;
  relationsAfter?: string | null | undefined;
}>;


export type ExplorerGraphQuery = { stats?: { entityCount: number, relationCount: number, version: string }, entitiesConnection?: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node:
        | { key: string, name: string, kind: EntityKind, date: string | null, knownFrom: { date: string } | null, importance: { pageRank: number }, position: { x: number, y: number } | null }
        | { key: string, name: string, kind: EntityKind, date: string | null, knownFrom: { date: string } | null, importance: { pageRank: number }, position: { x: number, y: number } | null }
        | { key: string, name: string, kind: EntityKind, date: string | null, knownFrom: { date: string } | null, importance: { pageRank: number }, position: { x: number, y: number } | null }
        | { key: string, name: string, kind: EntityKind, date: string | null, knownFrom: { date: string } | null, importance: { pageRank: number }, position: { x: number, y: number } | null }
        | { key: string, name: string, kind: EntityKind, date: string | null, knownFrom: { date: string } | null, importance: { pageRank: number }, position: { x: number, y: number } | null }
        | { key: string, name: string, kind: EntityKind, date: string | null, knownFrom: { date: string } | null, importance: { pageRank: number }, position: { x: number, y: number } | null }
        | { key: string, name: string, kind: EntityKind, date: string | null, knownFrom: { date: string } | null, importance: { pageRank: number }, position: { x: number, y: number } | null }
        | { key: string, name: string, kind: EntityKind, date: string | null, knownFrom: { date: string } | null, importance: { pageRank: number }, position: { x: number, y: number } | null }
        | { key: string, name: string, kind: EntityKind, date: string | null, knownFrom: { date: string } | null, importance: { pageRank: number }, position: { x: number, y: number } | null }
        | { key: string, name: string, kind: EntityKind, date: string | null, knownFrom: { date: string } | null, importance: { pageRank: number }, position: { x: number, y: number } | null }
        | { key: string, name: string, kind: EntityKind, date: string | null, knownFrom: { date: string } | null, importance: { pageRank: number }, position: { x: number, y: number } | null }
        | { key: string, name: string, kind: EntityKind, date: string | null, knownFrom: { date: string } | null, importance: { pageRank: number }, position: { x: number, y: number } | null }
        | { key: string, name: string, kind: EntityKind, date: string | null, knownFrom: { date: string } | null, importance: { pageRank: number }, position: { x: number, y: number } | null }
        | { key: string, name: string, kind: EntityKind, date: string | null, knownFrom: { date: string } | null, importance: { pageRank: number }, position: { x: number, y: number } | null }
        | { key: string, name: string, kind: EntityKind, date: string | null, knownFrom: { date: string } | null, importance: { pageRank: number }, position: { x: number, y: number } | null }
        | { key: string, name: string, kind: EntityKind, date: string | null, knownFrom: { date: string } | null, importance: { pageRank: number }, position: { x: number, y: number } | null }
        | { key: string, name: string, kind: EntityKind, date: string | null, knownFrom: { date: string } | null, importance: { pageRank: number }, position: { x: number, y: number } | null }
        | { key: string, name: string, kind: EntityKind, date: string | null, knownFrom: { date: string } | null, importance: { pageRank: number }, position: { x: number, y: number } | null }
        | { key: string, name: string, kind: EntityKind, date: string | null, knownFrom: { date: string } | null, importance: { pageRank: number }, position: { x: number, y: number } | null }
       }> } | null, relationsConnection?: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { key: string, type: RelationType, date: string | null, knownFrom: { date: string } | null, from:
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
        , to:
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
         } }> } | null };

export type ExplorerRouteQueryVariables = Exact<{
  from: string;
  to: string;
  asOf?: string | null | undefined;
  types?: Array<RelationType> | RelationType | null | undefined;
  direction?: Direction | null | undefined;
}>;


export type ExplorerRouteQuery = { pathsConnection: { noPath: { reason: NoPathReason, explanation: string } | null, edges: Array<{ node: { length: number, entities: Array<
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
        >, steps: Array<{ text: string, direction: Direction, from:
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
          , to:
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
            | { key: string, name: string }
          , relation: { key: string, type: RelationType }, citations: Array<{ quote: string, link: string | null, source: { key: string, title: string, kind: SourceKind }, sentences: Array<{ index: number }> }> }> } }> } | null };

export type ExplorerSearchQueryVariables = Exact<{
  text: string;
}>;


export type ExplorerSearchQuery = { searchConnection: { edges: Array<{ node:
        | { key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { key: string, name: string, kind: EntityKind, aliases: Array<string> }
       }> } | null };

export type ExplorerSourceQueryVariables = Exact<{
  key: string;
  after?: string | null | undefined;
}>;


export type ExplorerSourceQuery = { source: { key: string, title: string, kind: SourceKind, publisher: string | null, url: string | null, references: Array<string>, coverage: { sentences: number, captured: number, partlyCaptured: number, notCaptured: number, noFact: number, unaccounted: number }, sentences: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { index: number, text: string, form: SentenceForm, section: string | null, status: CoverageStatus, notHeld: string | null, unaccounted: boolean, link: string | null, noFact: { reason: NoFactReason, explanation: string } | null, entities: Array<
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
            | { key: string, name: string, kind: EntityKind }
          >, relations: Array<{ key: string, type: RelationType, amount: { text: string } | null, quantity: { text: string } | null, from:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
            , to:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
             }> } }> } } | null };

export type ExplorerSourcesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ExplorerSourcesQuery = { sourcesConnection: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { key: string, title: string, kind: SourceKind, coverage: { sentences: number } } }> } };

export type FilteredRelationsQueryVariables = Exact<{
  key: string;
  where?: RelationWhere | null | undefined;
  asOf?: string | null | undefined;
  orderBy?: RelationOrder | null | undefined;
  descending?: boolean | null | undefined;
  first?: number | null | undefined;
}>;


export type FilteredRelationsQuery = { entity:
    | { key: string, relations: { totalCount: number, countsByType: Array<{ type: RelationType, count: number }>, edges: Array<{ direction: Direction, relation: { key: string, type: RelationType, date: string | null, amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null }, node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
           }> } }
    | { key: string, relations: { totalCount: number, countsByType: Array<{ type: RelationType, count: number }>, edges: Array<{ direction: Direction, relation: { key: string, type: RelationType, date: string | null, amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null }, node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
           }> } }
    | { key: string, relations: { totalCount: number, countsByType: Array<{ type: RelationType, count: number }>, edges: Array<{ direction: Direction, relation: { key: string, type: RelationType, date: string | null, amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null }, node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
           }> } }
    | { key: string, relations: { totalCount: number, countsByType: Array<{ type: RelationType, count: number }>, edges: Array<{ direction: Direction, relation: { key: string, type: RelationType, date: string | null, amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null }, node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
           }> } }
    | { key: string, relations: { totalCount: number, countsByType: Array<{ type: RelationType, count: number }>, edges: Array<{ direction: Direction, relation: { key: string, type: RelationType, date: string | null, amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null }, node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
           }> } }
    | { key: string, relations: { totalCount: number, countsByType: Array<{ type: RelationType, count: number }>, edges: Array<{ direction: Direction, relation: { key: string, type: RelationType, date: string | null, amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null }, node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
           }> } }
    | { key: string, relations: { totalCount: number, countsByType: Array<{ type: RelationType, count: number }>, edges: Array<{ direction: Direction, relation: { key: string, type: RelationType, date: string | null, amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null }, node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
           }> } }
    | { key: string, relations: { totalCount: number, countsByType: Array<{ type: RelationType, count: number }>, edges: Array<{ direction: Direction, relation: { key: string, type: RelationType, date: string | null, amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null }, node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
           }> } }
    | { key: string, relations: { totalCount: number, countsByType: Array<{ type: RelationType, count: number }>, edges: Array<{ direction: Direction, relation: { key: string, type: RelationType, date: string | null, amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null }, node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
           }> } }
    | { key: string, relations: { totalCount: number, countsByType: Array<{ type: RelationType, count: number }>, edges: Array<{ direction: Direction, relation: { key: string, type: RelationType, date: string | null, amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null }, node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
           }> } }
    | { key: string, relations: { totalCount: number, countsByType: Array<{ type: RelationType, count: number }>, edges: Array<{ direction: Direction, relation: { key: string, type: RelationType, date: string | null, amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null }, node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
           }> } }
    | { key: string, relations: { totalCount: number, countsByType: Array<{ type: RelationType, count: number }>, edges: Array<{ direction: Direction, relation: { key: string, type: RelationType, date: string | null, amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null }, node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
           }> } }
    | { key: string, relations: { totalCount: number, countsByType: Array<{ type: RelationType, count: number }>, edges: Array<{ direction: Direction, relation: { key: string, type: RelationType, date: string | null, amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null }, node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
           }> } }
    | { key: string, relations: { totalCount: number, countsByType: Array<{ type: RelationType, count: number }>, edges: Array<{ direction: Direction, relation: { key: string, type: RelationType, date: string | null, amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null }, node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
           }> } }
    | { key: string, relations: { totalCount: number, countsByType: Array<{ type: RelationType, count: number }>, edges: Array<{ direction: Direction, relation: { key: string, type: RelationType, date: string | null, amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null }, node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
           }> } }
    | { key: string, relations: { totalCount: number, countsByType: Array<{ type: RelationType, count: number }>, edges: Array<{ direction: Direction, relation: { key: string, type: RelationType, date: string | null, amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null }, node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
           }> } }
    | { key: string, relations: { totalCount: number, countsByType: Array<{ type: RelationType, count: number }>, edges: Array<{ direction: Direction, relation: { key: string, type: RelationType, date: string | null, amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null }, node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
           }> } }
    | { key: string, relations: { totalCount: number, countsByType: Array<{ type: RelationType, count: number }>, edges: Array<{ direction: Direction, relation: { key: string, type: RelationType, date: string | null, amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null }, node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
           }> } }
    | { key: string, relations: { totalCount: number, countsByType: Array<{ type: RelationType, count: number }>, edges: Array<{ direction: Direction, relation: { key: string, type: RelationType, date: string | null, amount: { value: number, currency: Currency | null, qualifier: AmountQualifier } | null }, node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
           }> } }
   | null };

export type FundersAsOfQueryVariables = Exact<{
  key: string;
  asOf?: string | null | undefined;
}>;


export type FundersAsOfQuery = { entity:
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string, fundersConnection: { totalCount: number, edges: Array<{ node: { date: string | null, stage: FundingStage, funder:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
            , via:
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
              | { key: string }
             | null, amount: { value: number, currency: Currency | null, qualifier: AmountQualifier, text: string } | null, knownFrom: { date: string, basis: KnownFromBasis } | null, citations: Array<{ quote: string }> } }> } }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
    | { key: string }
   | null };

export type FundingLinesQueryVariables = Exact<{
  programme?: string | null | undefined;
  funder?: string | null | undefined;
  expandGroups?: boolean | null | undefined;
  stages?: Array<FundingStage> | FundingStage | null | undefined;
  groupBy?: Array<FundingDimension> | FundingDimension | null | undefined;
  asOf?: string | null | undefined;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type FundingLinesQuery = { funding: { totals: Array<{ key: string, stage: FundingStage, currency: Currency | null, basis: FundingLineBasis, year: string | null, credit: FundingCredit | null, count: number, explanation: string, programme:
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
      , funders: Array<
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
      > | null, viaGroup:
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
        | { key: string, name: string }
       | null, sharedWith: Array<
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
      >, total: { value: number, currency: Currency | null, qualifier: TotalQualifier, text: string }, knownFrom: { date: string, basis: KnownFromBasis } | null, sums: Array<{ key: string, stage: FundingStage, sumKind: SumKind, date: string | null, period: string | null, amount: { value: number, currency: Currency | null, currencyStated: boolean, qualifier: AmountQualifier, text: string } | null, funders: Array<
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
        >, citations: Array<{ quote: string }> }>, besides: Array<{ reason: NotAddedReason, keys: Array<string> }> }>, excluded: Array<{ reason: FundingExclusionReason, explanation: string, sum: { key: string }, includedIn: { key: string } | null }>, sideBySide: Array<{ reason: NotAddedReason, explanation: string, keys: Array<string> }> } | null };

export type KnownFromQueryVariables = Exact<{
  key: string;
  asOf?: string | null | undefined;
}>;


export type KnownFromQuery = { entity:
    | { key: string, name: string, knownFrom: { date: string, basis: KnownFromBasis, explanation: string } | null, relations: { totalCount: number, edges: Array<{ node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
          , relation: { key: string, type: RelationType, date: string | null, knownFrom: { date: string, basis: KnownFromBasis, explanation: string, anchor:
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
               | null } | null } }> } }
    | { key: string, name: string, knownFrom: { date: string, basis: KnownFromBasis, explanation: string } | null, relations: { totalCount: number, edges: Array<{ node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
          , relation: { key: string, type: RelationType, date: string | null, knownFrom: { date: string, basis: KnownFromBasis, explanation: string, anchor:
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
               | null } | null } }> } }
    | { key: string, name: string, knownFrom: { date: string, basis: KnownFromBasis, explanation: string } | null, relations: { totalCount: number, edges: Array<{ node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
          , relation: { key: string, type: RelationType, date: string | null, knownFrom: { date: string, basis: KnownFromBasis, explanation: string, anchor:
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
               | null } | null } }> } }
    | { key: string, name: string, knownFrom: { date: string, basis: KnownFromBasis, explanation: string } | null, relations: { totalCount: number, edges: Array<{ node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
          , relation: { key: string, type: RelationType, date: string | null, knownFrom: { date: string, basis: KnownFromBasis, explanation: string, anchor:
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
               | null } | null } }> } }
    | { key: string, name: string, knownFrom: { date: string, basis: KnownFromBasis, explanation: string } | null, relations: { totalCount: number, edges: Array<{ node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
          , relation: { key: string, type: RelationType, date: string | null, knownFrom: { date: string, basis: KnownFromBasis, explanation: string, anchor:
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
               | null } | null } }> } }
    | { key: string, name: string, knownFrom: { date: string, basis: KnownFromBasis, explanation: string } | null, relations: { totalCount: number, edges: Array<{ node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
          , relation: { key: string, type: RelationType, date: string | null, knownFrom: { date: string, basis: KnownFromBasis, explanation: string, anchor:
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
               | null } | null } }> } }
    | { key: string, name: string, knownFrom: { date: string, basis: KnownFromBasis, explanation: string } | null, relations: { totalCount: number, edges: Array<{ node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
          , relation: { key: string, type: RelationType, date: string | null, knownFrom: { date: string, basis: KnownFromBasis, explanation: string, anchor:
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
               | null } | null } }> } }
    | { key: string, name: string, knownFrom: { date: string, basis: KnownFromBasis, explanation: string } | null, relations: { totalCount: number, edges: Array<{ node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
          , relation: { key: string, type: RelationType, date: string | null, knownFrom: { date: string, basis: KnownFromBasis, explanation: string, anchor:
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
               | null } | null } }> } }
    | { key: string, name: string, knownFrom: { date: string, basis: KnownFromBasis, explanation: string } | null, relations: { totalCount: number, edges: Array<{ node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
          , relation: { key: string, type: RelationType, date: string | null, knownFrom: { date: string, basis: KnownFromBasis, explanation: string, anchor:
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
               | null } | null } }> } }
    | { key: string, name: string, knownFrom: { date: string, basis: KnownFromBasis, explanation: string } | null, relations: { totalCount: number, edges: Array<{ node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
          , relation: { key: string, type: RelationType, date: string | null, knownFrom: { date: string, basis: KnownFromBasis, explanation: string, anchor:
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
               | null } | null } }> } }
    | { key: string, name: string, knownFrom: { date: string, basis: KnownFromBasis, explanation: string } | null, relations: { totalCount: number, edges: Array<{ node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
          , relation: { key: string, type: RelationType, date: string | null, knownFrom: { date: string, basis: KnownFromBasis, explanation: string, anchor:
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
               | null } | null } }> } }
    | { key: string, name: string, knownFrom: { date: string, basis: KnownFromBasis, explanation: string } | null, relations: { totalCount: number, edges: Array<{ node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
          , relation: { key: string, type: RelationType, date: string | null, knownFrom: { date: string, basis: KnownFromBasis, explanation: string, anchor:
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
               | null } | null } }> } }
    | { key: string, name: string, knownFrom: { date: string, basis: KnownFromBasis, explanation: string } | null, relations: { totalCount: number, edges: Array<{ node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
          , relation: { key: string, type: RelationType, date: string | null, knownFrom: { date: string, basis: KnownFromBasis, explanation: string, anchor:
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
               | null } | null } }> } }
    | { key: string, name: string, knownFrom: { date: string, basis: KnownFromBasis, explanation: string } | null, relations: { totalCount: number, edges: Array<{ node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
          , relation: { key: string, type: RelationType, date: string | null, knownFrom: { date: string, basis: KnownFromBasis, explanation: string, anchor:
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
               | null } | null } }> } }
    | { key: string, name: string, knownFrom: { date: string, basis: KnownFromBasis, explanation: string } | null, relations: { totalCount: number, edges: Array<{ node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
          , relation: { key: string, type: RelationType, date: string | null, knownFrom: { date: string, basis: KnownFromBasis, explanation: string, anchor:
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
               | null } | null } }> } }
    | { key: string, name: string, knownFrom: { date: string, basis: KnownFromBasis, explanation: string } | null, relations: { totalCount: number, edges: Array<{ node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
          , relation: { key: string, type: RelationType, date: string | null, knownFrom: { date: string, basis: KnownFromBasis, explanation: string, anchor:
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
               | null } | null } }> } }
    | { key: string, name: string, knownFrom: { date: string, basis: KnownFromBasis, explanation: string } | null, relations: { totalCount: number, edges: Array<{ node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
          , relation: { key: string, type: RelationType, date: string | null, knownFrom: { date: string, basis: KnownFromBasis, explanation: string, anchor:
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
               | null } | null } }> } }
    | { key: string, name: string, knownFrom: { date: string, basis: KnownFromBasis, explanation: string } | null, relations: { totalCount: number, edges: Array<{ node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
          , relation: { key: string, type: RelationType, date: string | null, knownFrom: { date: string, basis: KnownFromBasis, explanation: string, anchor:
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
               | null } | null } }> } }
    | { key: string, name: string, knownFrom: { date: string, basis: KnownFromBasis, explanation: string } | null, relations: { totalCount: number, edges: Array<{ node:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
          , relation: { key: string, type: RelationType, date: string | null, knownFrom: { date: string, basis: KnownFromBasis, explanation: string, anchor:
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
                | { key: string }
               | null } | null } }> } }
   | null };

export type MemberFundingQueryVariables = Exact<{
  key: string;
  expandGroups?: boolean | null | undefined;
  asOf?: string | null | undefined;
}>;


export type MemberFundingQuery = { entity:
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string, contributions: Array<{ date: string | null, period: string | null, stage: FundingStage, sumKind: SumKind | null, credit: FundingCredit, recipient:
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
        , via:
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
         | null, amount: { text: string } | null, viaGroup:
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
         | null, sharedWith: Array<
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
        >, share: { share: FundingShare, of: number, amount: { text: string } } | null, citations: Array<{ quote: string }> }> }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string, contributions: Array<{ date: string | null, period: string | null, stage: FundingStage, sumKind: SumKind | null, credit: FundingCredit, recipient:
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
        , via:
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
         | null, amount: { text: string } | null, viaGroup:
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
         | null, sharedWith: Array<
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
          | { key: string }
        >, share: { share: FundingShare, of: number, amount: { text: string } } | null, citations: Array<{ quote: string }> }> }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
    | { key: string, name: string }
   | null };

export type MembershipPathQueryVariables = Exact<{ [key: string]: never; }>;


export type MembershipPathQuery = { entitiesConnection: { edges: Array<{ node:
        | { __typename: 'Body', key: string, name: string, date: string | null }
        | { __typename: 'City', key: string, name: string, date: string | null }
        | { __typename: 'Commitment', key: string, name: string, date: string | null }
        | { __typename: 'Country', key: string, name: string, date: string | null }
        | { __typename: 'Decision', key: string, name: string, date: string | null }
        | { __typename: 'Document', key: string, name: string, date: string | null }
        | { __typename: 'Event', key: string, name: string, date: string | null }
        | { __typename: 'Group', key: string, name: string, date: string | null }
        | { __typename: 'Industry', key: string, name: string, date: string | null }
        | { __typename: 'Organisation', key: string, name: string, date: string | null }
        | { __typename: 'Package', key: string, name: string, date: string | null }
        | { __typename: 'Person', key: string, name: string, date: string | null }
        | { __typename: 'Population', key: string, name: string, date: string | null }
        | { __typename: 'Programme', key: string, name: string, date: string | null }
        | { __typename: 'Region', key: string, name: string, date: string | null }
        | { __typename: 'Resource', key: string, name: string, date: string | null }
        | { __typename: 'Role', key: string, name: string, date: string | null }
        | { __typename: 'Stance', key: string, name: string, date: string | null }
        | { __typename: 'Summit', key: string, name: string, date: string | null, decisions: Array<
            | { key: string, name: string, citations: Array<{ quote: string }> }
            | { key: string, name: string, citations: Array<{ quote: string }> }
            | { key: string, name: string, citations: Array<{ quote: string }> }
            | { key: string, name: string, citations: Array<{ quote: string }> }
            | { key: string, name: string, citations: Array<{ quote: string }> }
            | { key: string, name: string, citations: Array<{ quote: string }> }
            | { key: string, name: string, citations: Array<{ quote: string }> }
            | { key: string, name: string, citations: Array<{ quote: string }> }
            | { key: string, name: string, citations: Array<{ quote: string }> }
            | { key: string, name: string, citations: Array<{ quote: string }> }
            | { key: string, name: string, citations: Array<{ quote: string }> }
            | { key: string, name: string, citations: Array<{ quote: string }> }
            | { key: string, name: string, citations: Array<{ quote: string }> }
            | { key: string, name: string, citations: Array<{ quote: string }> }
            | { key: string, name: string, citations: Array<{ quote: string }> }
            | { key: string, name: string, citations: Array<{ quote: string }> }
            | { key: string, name: string, citations: Array<{ quote: string }> }
            | { key: string, name: string, citations: Array<{ quote: string }> }
            | { key: string, name: string, citations: Array<{ quote: string }> }
          > }
       }> } | null };

export type MostImportantQueryVariables = Exact<{
  orderBy: EntityOrder;
  where?: EntityWhere | null | undefined;
  first?: number | null | undefined;
}>;


export type MostImportantQuery = { entitiesConnection: { edges: Array<{ node:
        | { key: string, name: string, importance: { degree: number, pageRank: number, betweenness: number | null } }
        | { key: string, name: string, importance: { degree: number, pageRank: number, betweenness: number | null } }
        | { key: string, name: string, importance: { degree: number, pageRank: number, betweenness: number | null } }
        | { key: string, name: string, importance: { degree: number, pageRank: number, betweenness: number | null } }
        | { key: string, name: string, importance: { degree: number, pageRank: number, betweenness: number | null } }
        | { key: string, name: string, importance: { degree: number, pageRank: number, betweenness: number | null } }
        | { key: string, name: string, importance: { degree: number, pageRank: number, betweenness: number | null } }
        | { key: string, name: string, importance: { degree: number, pageRank: number, betweenness: number | null } }
        | { key: string, name: string, importance: { degree: number, pageRank: number, betweenness: number | null } }
        | { key: string, name: string, importance: { degree: number, pageRank: number, betweenness: number | null } }
        | { key: string, name: string, importance: { degree: number, pageRank: number, betweenness: number | null } }
        | { key: string, name: string, importance: { degree: number, pageRank: number, betweenness: number | null } }
        | { key: string, name: string, importance: { degree: number, pageRank: number, betweenness: number | null } }
        | { key: string, name: string, importance: { degree: number, pageRank: number, betweenness: number | null } }
        | { key: string, name: string, importance: { degree: number, pageRank: number, betweenness: number | null } }
        | { key: string, name: string, importance: { degree: number, pageRank: number, betweenness: number | null } }
        | { key: string, name: string, importance: { degree: number, pageRank: number, betweenness: number | null } }
        | { key: string, name: string, importance: { degree: number, pageRank: number, betweenness: number | null } }
        | { key: string, name: string, importance: { degree: number, pageRank: number, betweenness: number | null } }
       }> } | null };

export type NeighbourhoodQueryVariables = Exact<{
  key: string;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
  types?: Array<RelationType> | RelationType | null | undefined;
  direction?: Direction | null | undefined;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
  asOf?: string | null | undefined;
}>;


export type NeighbourhoodQuery = { neighbourhood: { truncated: boolean, omittedNodes: number, omittedCountIsExact: boolean, center:
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
      | { key: string }
    , nodes: Array<{ depth: number, entity:
        | { key: string, name: string, kind: EntityKind, importance: { degree: number, pageRank: number } }
        | { key: string, name: string, kind: EntityKind, importance: { degree: number, pageRank: number } }
        | { key: string, name: string, kind: EntityKind, importance: { degree: number, pageRank: number } }
        | { key: string, name: string, kind: EntityKind, importance: { degree: number, pageRank: number } }
        | { key: string, name: string, kind: EntityKind, importance: { degree: number, pageRank: number } }
        | { key: string, name: string, kind: EntityKind, importance: { degree: number, pageRank: number } }
        | { key: string, name: string, kind: EntityKind, importance: { degree: number, pageRank: number } }
        | { key: string, name: string, kind: EntityKind, importance: { degree: number, pageRank: number } }
        | { key: string, name: string, kind: EntityKind, importance: { degree: number, pageRank: number } }
        | { key: string, name: string, kind: EntityKind, importance: { degree: number, pageRank: number } }
        | { key: string, name: string, kind: EntityKind, importance: { degree: number, pageRank: number } }
        | { key: string, name: string, kind: EntityKind, importance: { degree: number, pageRank: number } }
        | { key: string, name: string, kind: EntityKind, importance: { degree: number, pageRank: number } }
        | { key: string, name: string, kind: EntityKind, importance: { degree: number, pageRank: number } }
        | { key: string, name: string, kind: EntityKind, importance: { degree: number, pageRank: number } }
        | { key: string, name: string, kind: EntityKind, importance: { degree: number, pageRank: number } }
        | { key: string, name: string, kind: EntityKind, importance: { degree: number, pageRank: number } }
        | { key: string, name: string, kind: EntityKind, importance: { degree: number, pageRank: number } }
        | { key: string, name: string, kind: EntityKind, importance: { degree: number, pageRank: number } }
       }>, edges: Array<{ key: string, type: RelationType, date: string | null, from:
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
      , to:
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
        | { key: string }
      , citations: Array<{ quote: string }> }> } | null };

export type NodeByIdQueryVariables = Exact<{
  id: string;
}>;


export type NodeByIdQuery = { node:
    | { __typename: 'Body', key: string, name: string, kind: EntityKind, id: string }
    | { __typename: 'City', key: string, name: string, kind: EntityKind, id: string }
    | { __typename: 'Commitment', key: string, name: string, kind: EntityKind, id: string }
    | { __typename: 'Country', key: string, name: string, kind: EntityKind, id: string }
    | { __typename: 'Decision', key: string, name: string, kind: EntityKind, id: string }
    | { __typename: 'Document', key: string, name: string, kind: EntityKind, id: string }
    | { __typename: 'Event', key: string, name: string, kind: EntityKind, id: string }
    | { __typename: 'Group', key: string, name: string, kind: EntityKind, id: string }
    | { __typename: 'Industry', key: string, name: string, kind: EntityKind, id: string }
    | { __typename: 'Organisation', key: string, name: string, kind: EntityKind, id: string }
    | { __typename: 'Package', key: string, name: string, kind: EntityKind, id: string }
    | { __typename: 'Person', key: string, name: string, kind: EntityKind, id: string }
    | { __typename: 'Population', key: string, name: string, kind: EntityKind, id: string }
    | { __typename: 'Programme', key: string, name: string, kind: EntityKind, id: string }
    | { __typename: 'Region', key: string, name: string, kind: EntityKind, id: string }
    | { __typename: 'Relation', key: string, type: RelationType, id: string }
    | { __typename: 'Resource', key: string, name: string, kind: EntityKind, id: string }
    | { __typename: 'Role', key: string, name: string, kind: EntityKind, id: string }
    | { __typename: 'Source', key: string, title: string, url: string | null, id: string }
    | { __typename: 'Stance', key: string, name: string, kind: EntityKind, id: string }
    | { __typename: 'Summit', key: string, name: string, kind: EntityKind, id: string }
   | null };

export type PathsQueryVariables = Exact<{
  from: string;
  to: string;
  maxHops?: number | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  types?: Array<RelationType> | RelationType | null | undefined;
  direction?: Direction | null | undefined;
  asOf?: string | null | undefined;
}>;


export type PathsQuery = { pathsConnection: { totalCount: number, truncated: boolean, pageInfo: { hasNextPage: boolean, endCursor: string | null }, noPath: { reason: NoPathReason, explanation: string } | null, edges: Array<{ cursor: string, node: { length: number, explanation: string, steps: Array<{ relation: { key: string } }> } }> } | null };

export type RelationsDatedQueryVariables = Exact<{
  type: RelationType;
  date: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RelationsDatedQuery = { relationsConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { key: string, date: string | null, from:
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
        , to:
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
        , citations: Array<{ quote: string }> } }> } | null };

export type SearchQueryVariables = Exact<{
  text: string;
  kinds?: Array<EntityKind> | EntityKind | null | undefined;
  in?: Array<SearchField> | SearchField | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type SearchQuery = { searchConnection: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ score: number, matchedIn: SearchField, nearMiss: boolean, quote: { quote: string } | null, node:
        | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string> }
        | { id: string, key: string, name: string, kind: EntityKind, aliases: Array<string> }
       }> } | null };

export type ShortestPathQueryVariables = Exact<{
  from: string;
  to: string;
  types?: Array<RelationType> | RelationType | null | undefined;
  direction?: Direction | null | undefined;
  maxHops?: number | null | undefined;
  asOf?: string | null | undefined;
}>;


export type ShortestPathQuery = { pathsConnection: { noPath: { reason: NoPathReason, explanation: string } | null, edges: Array<{ node: { length: number, explanation: string, entities: Array<
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
          | { key: string, name: string }
        >, steps: Array<{ text: string, direction: Direction, from:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
          , to:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
          , relation: { key: string, type: RelationType, date: string | null }, citations: Array<{ quote: string, source: { key: string } }> }> } }> } | null };

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { stats: { entityCount: number, relationCount: number, citationCount: number, sourceCount: number, version: string } };

export type WarSupportersQueryVariables = Exact<{ [key: string]: never; }>;


export type WarSupportersQuery = { entity:
    | { name: string, relations: { edges: Array<{ node:
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { name: string, relations: { edges: Array<{ node:
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { name: string, relations: { edges: Array<{ node:
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { name: string, relations: { edges: Array<{ node:
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { name: string, relations: { edges: Array<{ node:
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { name: string, relations: { edges: Array<{ node:
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { name: string, relations: { edges: Array<{ node:
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { name: string, relations: { edges: Array<{ node:
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { name: string, relations: { edges: Array<{ node:
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { name: string, relations: { edges: Array<{ node:
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { name: string, relations: { edges: Array<{ node:
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { name: string, relations: { edges: Array<{ node:
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { name: string, relations: { edges: Array<{ node:
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { name: string, relations: { edges: Array<{ node:
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { name: string, relations: { edges: Array<{ node:
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { name: string, relations: { edges: Array<{ node:
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { name: string, relations: { edges: Array<{ node:
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { name: string, relations: { edges: Array<{ node:
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
          , relation: { citations: Array<{ quote: string }> } }> } }
    | { name: string, relations: { edges: Array<{ node:
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
            | { key: string, name: string, aliases: Array<string>, supplies: { edges: Array<{ node:
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                    | { name: string }
                  , relation: { citations: Array<{ quote: string }> } }> } }
          , relation: { citations: Array<{ quote: string }> } }> } }
   | null };

export type WhichAlliesFundedPurlQueryVariables = Exact<{ [key: string]: never; }>;


export type WhichAlliesFundedPurlQuery = { entity:
    | { __typename: 'Body', key: string, name: string }
    | { __typename: 'City', key: string, name: string }
    | { __typename: 'Commitment', key: string, name: string }
    | { __typename: 'Country', key: string, name: string }
    | { __typename: 'Decision', key: string, name: string }
    | { __typename: 'Document', key: string, name: string }
    | { __typename: 'Event', key: string, name: string }
    | { __typename: 'Group', key: string, name: string }
    | { __typename: 'Industry', key: string, name: string }
    | { __typename: 'Organisation', key: string, name: string }
    | { __typename: 'Package', key: string, name: string }
    | { __typename: 'Person', key: string, name: string }
    | { __typename: 'Population', key: string, name: string }
    | { __typename: 'Programme', key: string, name: string, fundersConnection: { totalCount: number, edges: Array<{ node: { date: string | null, stage: FundingStage, credit: FundingCredit, jointly: boolean, funder:
              | { key: string, name: string, kind: EntityKind }
              | { key: string, name: string, kind: EntityKind }
              | { key: string, name: string, kind: EntityKind }
              | { key: string, name: string, kind: EntityKind }
              | { key: string, name: string, kind: EntityKind }
              | { key: string, name: string, kind: EntityKind }
              | { key: string, name: string, kind: EntityKind }
              | { key: string, name: string, kind: EntityKind }
              | { key: string, name: string, kind: EntityKind }
              | { key: string, name: string, kind: EntityKind }
              | { key: string, name: string, kind: EntityKind }
              | { key: string, name: string, kind: EntityKind }
              | { key: string, name: string, kind: EntityKind }
              | { key: string, name: string, kind: EntityKind }
              | { key: string, name: string, kind: EntityKind }
              | { key: string, name: string, kind: EntityKind }
              | { key: string, name: string, kind: EntityKind }
              | { key: string, name: string, kind: EntityKind }
              | { key: string, name: string, kind: EntityKind }
            , via:
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
             | null, amount: { value: number, currency: Currency | null, qualifier: AmountQualifier, text: string } | null, cofunders: Array<
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
              | { key: string, name: string }
            >, citations: Array<{ quote: string, source: { title: string, url: string | null } }> } }> } }
    | { __typename: 'Region', key: string, name: string }
    | { __typename: 'Resource', key: string, name: string }
    | { __typename: 'Role', key: string, name: string }
    | { __typename: 'Stance', key: string, name: string }
    | { __typename: 'Summit', key: string, name: string }
   | null };

export const ExplorerSumFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerSum"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundedSum"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"sumKind"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerSumFragment, unknown>;
export const BasedInDocument = {"__meta__":{"hash":"sha256:bbdfb7170b9ebcf3b061cbf3d74e93a4682a98e6684e0ab57214d9d059bff0fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"BasedIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"City"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"locatedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"basedHere"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"in"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"BASED_IN"},{"kind":"EnumValue","value":"HELD_IN"}]}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"IN"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<BasedInQuery, BasedInQueryVariables>;
export const CountriesFundingPackagesOfDocument = {"__meta__":{"hash":"sha256:cd451891571ac897b0f732b1c7ff93ca0f20e36ac55c4759419a5b09314c61dd"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountriesFundingPackagesOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programme"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entitiesConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"COUNTRY"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"relations"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"FUNDS"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"other"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"PACKAGE"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"relations"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"some"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"PACKAGE_OF"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUT"}},{"kind":"ObjectField","name":{"kind":"Name","value":"other"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"key"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programme"}}}]}}]}}]}}]}}]}}]}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CountriesFundingPackagesOfQuery, CountriesFundingPackagesOfQueryVariables>;
export const CountriesNearDocument = {"__meta__":{"hash":"sha256:1c7bcfd86e0579405fe1e5f1b30c633aa64d34e9ac1329d7c929d84517642997"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CountriesNear"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"COUNTRY"}]}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CountriesNearQuery, CountriesNearQueryVariables>;
export const EntityRelationsDocument = {"__meta__":{"hash":"sha256:40ef79be30b5ffdee3c5a0c43f01f61931fc99ac86d49d04feb932ab866ffb9b"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EntityRelations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationWhere"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<EntityRelationsQuery, EntityRelationsQueryVariables>;
export const ExplorerEntityDocument = {"__meta__":{"hash":"sha256:d40f83ffbe38a452b8fd47b672739f554c24ee55a53398adc77bf8db12d203fc"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerEntity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerEntityQuery, ExplorerEntityQueryVariables>;
export const ExplorerProgrammesDocument = {"__meta__":{"hash":"sha256:0bb0f0bd9bfebb05ed36a03f13e25c2e42cda1cde0eb50e7a67f128157a596c2"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerProgrammes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"programmes"},"name":{"kind":"Name","value":"funding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PROGRAMME"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerProgrammesQuery, ExplorerProgrammesQueryVariables>;
export const ExplorerFundingDocument = {"__meta__":{"hash":"sha256:95e27deeeebdcab9036cb5087b6944ddd7649a1f54487e987770501461f670d0"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerFunding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programme"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sums"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerSum"}}]}},{"kind":"Field","name":{"kind":"Name","value":"besides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"keys"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"excluded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"includedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"sumKind"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExplorerSum"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExplorerSum"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundedSum"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"sumKind"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"package"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerFundingQuery, ExplorerFundingQueryVariables>;
export const ExplorerGraphChangedDocument = {"__meta__":{"hash":"sha256:eaaf464bf8b41d851496404079b94e2f4a3f73d9f75661e98ab14b7b0388eb47"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ExplorerGraphChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"graphChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entities"}},{"kind":"Field","name":{"kind":"Name","value":"relations"}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerGraphChangedSubscription, ExplorerGraphChangedSubscriptionVariables>;
export const ExplorerGraphDocument = {"__meta__":{"hash":"sha256:b175f48a40749fda64b76c424ea3a984cf1f9fdbc5ad37960ccee3c33b8d8ae6"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerGraph"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withStats"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withEntities"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entitiesAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withRelations"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"relationsAfter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withStats"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityCount"}},{"kind":"Field","name":{"kind":"Name","value":"relationCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entitiesConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entitiesAfter"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withEntities"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"knownFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"importance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageRank"}}]}},{"kind":"Field","name":{"kind":"Name","value":"position"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"relationsAfter"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withRelations"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"knownFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerGraphQuery, ExplorerGraphQueryVariables>;
export const ExplorerRouteDocument = {"__meta__":{"hash":"sha256:2c2c7903b3d8e260cb0c468205970a0737371efdc5f759e01746d87d80bd8bae"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerRoute"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Direction"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pathsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"IntValue","value":"6"}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noPath"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerRouteQuery, ExplorerRouteQueryVariables>;
export const ExplorerSearchDocument = {"__meta__":{"hash":"sha256:39f5439edbe09158a3f3e7321c64432e0037a33c19b6e3500db5515adc203ed4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerSearch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"8"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerSourceDocument = {"__meta__":{"hash":"sha256:fa945638fc505e337b0f11e24da3d6802fb43f122691560e6c7f13e18c71a255"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerSource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"publisher"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"references"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentences"}},{"kind":"Field","name":{"kind":"Name","value":"captured"}},{"kind":"Field","name":{"kind":"Name","value":"partlyCaptured"}},{"kind":"Field","name":{"kind":"Name","value":"notCaptured"}},{"kind":"Field","name":{"kind":"Name","value":"noFact"}},{"kind":"Field","name":{"kind":"Name","value":"unaccounted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sentences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"index"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"notHeld"}},{"kind":"Field","name":{"kind":"Name","value":"unaccounted"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"noFact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"quantity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerSourceQuery, ExplorerSourceQueryVariables>;
export const ExplorerSourcesDocument = {"__meta__":{"hash":"sha256:d2a5bae64c1b1a9692f912be7870a4ce467b4b3d8c8dde539b90552cfbb4a935"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerSources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sourcesConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"coverage"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sentences"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ExplorerSourcesQuery, ExplorerSourcesQueryVariables>;
export const FilteredRelationsDocument = {"__meta__":{"hash":"sha256:94ff2949aaec919be78658773debc62baa47cbe6dd3d506b2fd1aeb6ce96f687"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilteredRelations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationWhere"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"descending"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"descending"},"value":{"kind":"Variable","name":{"kind":"Name","value":"descending"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"countsByType"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FilteredRelationsQuery, FilteredRelationsQueryVariables>;
export const FundersAsOfDocument = {"__meta__":{"hash":"sha256:c204e0882800dda4f660478c8d03e1cda78af807f4b85fcc68c7c0176b68b83c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundersAsOf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundersConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"knownFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<FundersAsOfQuery, FundersAsOfQueryVariables>;
export const FundingLinesDocument = {"__meta__":{"hash":"sha256:e4309ac7f40a4f627d8a204b22767ea2262aa5d324f15fe91e32288475b7eca8"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingLines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"programme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"funder"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expandGroups"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stages"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundingStage"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FundingDimension"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"programme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"programme"}}},{"kind":"Argument","name":{"kind":"Name","value":"funder"},"value":{"kind":"Variable","name":{"kind":"Name","value":"funder"}}},{"kind":"Argument","name":{"kind":"Name","value":"expandGroups"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expandGroups"}}},{"kind":"Argument","name":{"kind":"Name","value":"stages"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stages"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"programme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"viaGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"knownFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sums"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"sumKind"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"currencyStated"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"funders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"besides"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"keys"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"excluded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"sum"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"includedIn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"sideBySide"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"keys"}}]}}]}}]}}]} as unknown as DocumentNode<FundingLinesQuery, FundingLinesQueryVariables>;
export const KnownFromDocument = {"__meta__":{"hash":"sha256:f3586b582c04bc1f759283aee3d2166714e7768fbb455f3a0e3aff2afdf64d8c"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"KnownFrom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"knownFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"knownFrom"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"anchor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<KnownFromQuery, KnownFromQueryVariables>;
export const MemberFundingDocument = {"__meta__":{"hash":"sha256:0fbfbfa72bd698294b1e75889e1cd480e8abaaf6a941c414ea9ccbeb9e9a52c4"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MemberFunding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expandGroups"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Country"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contributions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"expandGroups"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expandGroups"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"sumKind"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"viaGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"share"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"of"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contributions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"expandGroups"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expandGroups"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recipient"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"period"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"sumKind"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"viaGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedWith"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"share"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"share"}},{"kind":"Field","name":{"kind":"Name","value":"of"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MemberFundingQuery, MemberFundingQueryVariables>;
export const MembershipPathDocument = {"__meta__":{"hash":"sha256:7389dd740d81b303003916085b55580c5feb5d6356bda42c8952e37349c30850"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MembershipPath"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entitiesConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"kind"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"SUMMIT"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Summit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decisions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MembershipPathQuery, MembershipPathQueryVariables>;
export const MostImportantDocument = {"__meta__":{"hash":"sha256:66d4049c56f43a04f73fb54b03c71dd119b7e49d9b3a3ca2bf94796366461720"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MostImportant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityOrder"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"where"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityWhere"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entitiesConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"Variable","name":{"kind":"Name","value":"where"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"importance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"pageRank"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<MostImportantQuery, MostImportantQueryVariables>;
export const NeighbourhoodDocument = {"__meta__":{"hash":"sha256:59609280b06722d89db98e96082b983b4c270aba05a3e8030acb5bac6373d834"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Neighbourhood"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"depth"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Direction"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"neighbourhood"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}},{"kind":"Argument","name":{"kind":"Name","value":"depth"},"value":{"kind":"Variable","name":{"kind":"Name","value":"depth"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"omittedNodes"}},{"kind":"Field","name":{"kind":"Name","value":"omittedCountIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"center"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"entity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"importance"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"pageRank"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NeighbourhoodQuery, NeighbourhoodQueryVariables>;
export const NodeByIdDocument = {"__meta__":{"hash":"sha256:536fae6820a5b276bc85f5c65326d51534d73d575e38d7c2748f493ce2dd11ce"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Entity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Relation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Source"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const PathsDocument = {"__meta__":{"hash":"sha256:b1405f78ab1a45663c8303129659f89aeb37cb7927a1add5d7b729e54fdaeb4e"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Paths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Direction"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pathsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"truncated"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"noPath"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PathsQuery, PathsQueryVariables>;
export const RelationsDatedDocument = {"__meta__":{"hash":"sha256:cb9cd8b1a4dfd1aaa1c95512d706af244f432be8d5dc08fd0c878d55e1602772"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RelationsDated"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"date"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RelationsDatedQuery, RelationsDatedQueryVariables>;
export const SearchDocument = {"__meta__":{"hash":"sha256:a60c7c8de20c2802c7804d705f6dc600d80684e686a828d2429d7d71736616fb"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Search"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EntityKind"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"in"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SearchField"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"searchConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"kinds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kinds"}}},{"kind":"Argument","name":{"kind":"Name","value":"in"},"value":{"kind":"Variable","name":{"kind":"Name","value":"in"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"matchedIn"}},{"kind":"Field","name":{"kind":"Name","value":"nearMiss"}},{"kind":"Field","name":{"kind":"Name","value":"quote"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SearchQuery, SearchQueryVariables>;
export const ShortestPathDocument = {"__meta__":{"hash":"sha256:2fdf356c4d3a882f5641f0c56ff7221000c53cbb342b6ae6a82c655295dc4293"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShortestPath"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"types"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationType"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"direction"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Direction"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PartialDate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pathsConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"types"},"value":{"kind":"Variable","name":{"kind":"Name","value":"types"}}},{"kind":"Argument","name":{"kind":"Name","value":"direction"},"value":{"kind":"Variable","name":{"kind":"Name","value":"direction"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}},{"kind":"Argument","name":{"kind":"Name","value":"asOf"},"value":{"kind":"Variable","name":{"kind":"Name","value":"asOf"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"noPath"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"length"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"}},{"kind":"Field","name":{"kind":"Name","value":"entities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"steps"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"from"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"to"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"date"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<ShortestPathQuery, ShortestPathQueryVariables>;
export const StatsDocument = {"__meta__":{"hash":"sha256:87480b02bb547c3caa6354f8933a8ad7fcfcbeca3d5f2d938a4a8e42b24f8701"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entityCount"}},{"kind":"Field","name":{"kind":"Name","value":"relationCount"}},{"kind":"Field","name":{"kind":"Name","value":"citationCount"}},{"kind":"Field","name":{"kind":"Name","value":"sourceCount"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<StatsQuery, StatsQueryVariables>;
export const WarSupportersDocument = {"__meta__":{"hash":"sha256:bf3096e6009f295846ee8a0f377e84b8a7490775605b256f478711c684139c19"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WarSupporters"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"russia","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"SUPPORTS_WAR_OF"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"IN"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"aliases"}},{"kind":"Field","alias":{"kind":"Name","value":"supplies"},"name":{"kind":"Name","value":"relations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"where"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"type"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"EnumValue","value":"SUPPLIES"}}]}},{"kind":"ObjectField","name":{"kind":"Name","value":"direction"},"value":{"kind":"EnumValue","value":"OUT"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"relation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WarSupportersQuery, WarSupportersQueryVariables>;
export const WhichAlliesFundedPurlDocument = {"__meta__":{"hash":"sha256:0dc95b62338abf4364f62b711a05451e1fe82af910124a38233b526bc6a1ec93"},"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhichAlliesFundedPurl"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"entity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"StringValue","value":"purl","block":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Programme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundersConnection"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"funder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"via"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"qualifier"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"credit"}},{"kind":"Field","name":{"kind":"Name","value":"jointly"}},{"kind":"Field","name":{"kind":"Name","value":"cofunders"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"citations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"quote"}},{"kind":"Field","name":{"kind":"Name","value":"source"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}}]}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<WhichAlliesFundedPurlQuery, WhichAlliesFundedPurlQueryVariables>;