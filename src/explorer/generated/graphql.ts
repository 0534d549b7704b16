/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
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

/** What a funded sum is. */
export type FundedSumScope =
  /** A package's whole amount, from its PACKAGE_OF relation: one sum however many funders it had. */
  | 'PACKAGE'
  /** A sum the source states for a programme as a whole, on a FUNDS or PLEDGES relation straight to it; its `sumKind` says whether it is a contribution, a running or period total, or a target. */
  | 'PROGRAMME_WIDE';

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

/** The stage the source's verb puts money at. Stages are never added together: a pledge and the money later provided may be the same money. */
export type FundingStage =
  /** Announced, or agreed or prepared to be funded ("announce", "to fund", "will provide", "are prepared to", "agree to provide"): an intention, not yet a pledge, nor money provided. */
  | 'ANNOUNCED'
  /** Pledged or committed ("pledged", "committed", "commitment", "Pledge"): a promise, not yet money provided. */
  | 'PLEDGED'
  /** Provided or delivered ("providing", "provided", "delivering", "funded", "fund" stated as done): money given. */
  | 'PROVIDED';

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

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ExplorerSumFragmentDoc = new TypedDocumentString(`
    fragment ExplorerSum on FundedSum {
  key
  date
  period
  stage
  sumKind
  scope
  amount {
    text
    value
    currency
    qualifier
  }
  funders {
    key
    name
  }
  package {
    key
    name
  }
  recipient {
    key
    name
  }
  citations {
    quote
    link
    source {
      key
      title
      kind
    }
  }
}
    `, {"fragmentName":"ExplorerSum"}) as unknown as TypedDocumentString<ExplorerSumFragment, unknown>;
export const ExplorerEntityDocument = {"__meta__":{"hash":"sha256:d40f83ffbe38a452b8fd47b672739f554c24ee55a53398adc77bf8db12d203fc"}} as unknown as TypedDocumentString<ExplorerEntityQuery, ExplorerEntityQueryVariables>;
export const ExplorerProgrammesDocument = {"__meta__":{"hash":"sha256:0bb0f0bd9bfebb05ed36a03f13e25c2e42cda1cde0eb50e7a67f128157a596c2"}} as unknown as TypedDocumentString<ExplorerProgrammesQuery, ExplorerProgrammesQueryVariables>;
export const ExplorerFundingDocument = {"__meta__":{"hash":"sha256:95e27deeeebdcab9036cb5087b6944ddd7649a1f54487e987770501461f670d0"}} as unknown as TypedDocumentString<ExplorerFundingQuery, ExplorerFundingQueryVariables>;
export const ExplorerGraphChangedDocument = {"__meta__":{"hash":"sha256:eaaf464bf8b41d851496404079b94e2f4a3f73d9f75661e98ab14b7b0388eb47"}} as unknown as TypedDocumentString<ExplorerGraphChangedSubscription, ExplorerGraphChangedSubscriptionVariables>;
export const ExplorerGraphDocument = {"__meta__":{"hash":"sha256:b175f48a40749fda64b76c424ea3a984cf1f9fdbc5ad37960ccee3c33b8d8ae6"}} as unknown as TypedDocumentString<ExplorerGraphQuery, ExplorerGraphQueryVariables>;
export const ExplorerRouteDocument = {"__meta__":{"hash":"sha256:2c2c7903b3d8e260cb0c468205970a0737371efdc5f759e01746d87d80bd8bae"}} as unknown as TypedDocumentString<ExplorerRouteQuery, ExplorerRouteQueryVariables>;
export const ExplorerSearchDocument = {"__meta__":{"hash":"sha256:39f5439edbe09158a3f3e7321c64432e0037a33c19b6e3500db5515adc203ed4"}} as unknown as TypedDocumentString<ExplorerSearchQuery, ExplorerSearchQueryVariables>;
export const ExplorerSourceDocument = {"__meta__":{"hash":"sha256:fa945638fc505e337b0f11e24da3d6802fb43f122691560e6c7f13e18c71a255"}} as unknown as TypedDocumentString<ExplorerSourceQuery, ExplorerSourceQueryVariables>;
export const ExplorerSourcesDocument = {"__meta__":{"hash":"sha256:d2a5bae64c1b1a9692f912be7870a4ce467b4b3d8c8dde539b90552cfbb4a935"}} as unknown as TypedDocumentString<ExplorerSourcesQuery, ExplorerSourcesQueryVariables>;