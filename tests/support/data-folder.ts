import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A small valid data folder laid out as graph-data/ is, for the tests of what reads one from
 * disk (the snapshot cache, live reloads) rather than what the curated data says. It is a
 * miniature of graph-data/ with the same file names, so those tests read like edits a curator
 * makes, but a curator's edit to graph-data/ never reaches them.
 *
 * What it holds: NSATU, based in Wiesbaden, Germany, with three logistics hubs (a figure); the
 * Netherlands funding a PURL package on 13 August 2025; the DPRK ("North Korea" by alias)
 * supporting Russia's war; MEMBER_COUNT Allies in NATO, each by its own sentence of a compiled
 * member list, among them Germany and the Netherlands; and a coverage note on the page's heading.
 * The Netherlands reaches Wiesbaden in three hops, through NATO.
 */

export const MEMBER_COUNT = 24;

/** The sentence that places NSATU, quoted whole by its BASED_IN relation. */
export const NSATU_QUOTE =
  'Based in Wiesbaden, Germany, with three logistics hubs in the east of the Alliance, NSATU coordinates the provision of equipment.';

const PAGE = `---
title: "A page about support for Ukraine"
source: https://example.org/support-for-ukraine
publisher: NATO
asOf: "2025-12-10"
---

NATO Security Assistance and Training for Ukraine
${NSATU_QUOTE} NSATU is a NATO command. North Korea has sent troops to support Russia's war. The Netherlands funded the first PURL package, 13 August 2025.
`;

const ALLIES = [
  ['germany', 'Germany', '1955'],
  ['netherlands', 'Netherlands', '1949'],
  ...Array.from({ length: MEMBER_COUNT - 2 }, (_, i) => [`ally-${i + 1}`, `Ally ${i + 1}`, String(1950 + i)]),
] as const;

const MEMBERS = `---
title: "Member countries, compiled for this graph"
kind: compiled
publisher: "Ukraine support graph (this project)"
references:
  - https://example.org/member-countries
---

${ALLIES.map(([, name, year]) => `${name} became a member of NATO in ${year}.`).join('\n')}
`;

const quoting = (source: string, quote: string) =>
  `    citations:\n      - source: ${source}\n        quote: ${JSON.stringify(quote)}\n`;

const COVERAGE = `notes:
  - sentence: "NATO Security Assistance and Training for Ukraine"
    status: NO_FACT
    reason: HEADING
    note: "Names the section."
`;

const PLACES = `entities:
  - key: wiesbaden
    name: "Wiesbaden"
    kind: CITY
${quoting('support', 'Based in Wiesbaden, Germany')}`;

const COUNTRIES = `entities:
${ALLIES.map(([key, name]) => `  - key: ${key}\n    name: "${name}"\n    kind: COUNTRY\n`).join('')}  - key: russia
    name: "Russia"
    kind: COUNTRY
  - key: dprk
    name: "Democratic People's Republic of Korea"
    aliases: ["North Korea"]
    kind: COUNTRY
`;

const ORGANISATIONS = `entities:
  - key: nato
    name: "NATO"
    kind: ORGANISATION
  - key: nsatu
    name: "NATO Security Assistance and Training for Ukraine"
    aliases: ["NSATU"]
    kind: BODY
  - key: logistics-hubs
    name: "Logistics hubs"
    kind: RESOURCE
`;

const PROGRAMMES = `entities:
  - key: purl
    name: "Prioritised Ukraine Requirements List"
    aliases: ["PURL"]
    kind: PROGRAMME
  - key: purl-package-netherlands
    name: "PURL package funded by the Netherlands (13 August 2025)"
    kind: PACKAGE
    date: "2025-08-13"
${quoting('support', 'The Netherlands funded the first PURL package, 13 August 2025.')}`;

const relation = (key: string, type: string, from: string, to: string, extra: string, citation: string) =>
  `  - key: ${key}\n    type: ${type}\n    from: ${from}\n    to: ${to}\n${extra}${citation}`;

const PLACE_RELATIONS = `relations:
${relation('nsatu-based-in-wiesbaden', 'BASED_IN', 'nsatu', 'wiesbaden', '', quoting('support', NSATU_QUOTE))}${relation(
  'wiesbaden-located-in-germany',
  'LOCATED_IN',
  'wiesbaden',
  'germany',
  '',
  quoting('support', 'Based in Wiesbaden, Germany'),
)}`;

const ORGANISATION_RELATIONS = `relations:
${relation('nsatu-part-of-nato', 'PART_OF', 'nsatu', 'nato', '', quoting('support', 'NSATU is a NATO command.'))}${relation(
  'nsatu-has-logistics-hubs',
  'HAS',
  'nsatu',
  'logistics-hubs',
  '    quantity: { value: 3, unit: LOGISTICS_HUBS, qualifier: EXACT, text: "three logistics hubs" }\n',
  quoting('support', 'Based in Wiesbaden, Germany, with three logistics hubs in the east of the Alliance'),
)}`;

const FUNDING = `relations:
${relation(
  'netherlands-funds-purl-package-netherlands',
  'FUNDS',
  'netherlands',
  'purl-package-netherlands',
  '    date: "2025-08-13"\n    stage: PROVIDED\n',
  quoting('support', 'The Netherlands funded the first PURL package, 13 August 2025.'),
)}${relation(
  'purl-package-netherlands-package-of-purl',
  'PACKAGE_OF',
  'purl-package-netherlands',
  'purl',
  '    date: "2025-08-13"\n    stage: PROVIDED\n',
  quoting('support', 'The Netherlands funded the first PURL package, 13 August 2025.'),
)}`;

const WAR = `relations:
${relation('dprk-supports-war-of-russia', 'SUPPORTS_WAR_OF', 'dprk', 'russia', '', quoting('support', "North Korea has sent troops to support Russia's war."))}`;

const MEMBERSHIP = `relations:
${ALLIES.map(([key, name, year]) =>
  relation(
    `${key}-member-of-nato`,
    'MEMBER_OF',
    key,
    'nato',
    `    date: "${year}"\n`,
    quoting('members', `${name} became a member of NATO in ${year}.`),
  ),
).join('')}`;

export const DATA_FILES: Record<string, string> = {
  'sources/support.md': PAGE,
  'sources/members.md': MEMBERS,
  'entities/places.yaml': PLACES,
  'entities/countries.yaml': COUNTRIES,
  'entities/organisations.yaml': ORGANISATIONS,
  'entities/programmes.yaml': PROGRAMMES,
  'relations/places.yaml': PLACE_RELATIONS,
  'relations/organisations.yaml': ORGANISATION_RELATIONS,
  'relations/funding.yaml': FUNDING,
  'relations/war.yaml': WAR,
  'relations/membership.yaml': MEMBERSHIP,
  'coverage/support.yaml': COVERAGE,
};

/** Writes the data folder into `dir` (made if missing) and returns `dir`. */
export function writeDataFolder(dir: string): string {
  for (const [path, text] of Object.entries(DATA_FILES)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
