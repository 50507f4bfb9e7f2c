/**
 * Builds the knowledge base tables in kb/ from
 *   - the Phoenix actor dictionaries (openeventdata/petrarch2, MIT): ../shared/data/events/phoenix/
 *   - CLDR territory names, Indonesian and English (Unicode License v3): ../shared/data/kb/cldr/
 *   - the lists written for the project: kb/curated/*.tsv (ner-names.tsv: gazetteer names only, no entities)
 * into
 *   kb/entities.tsv   id, type (PER|ORG|LOC), kind, display name, CAMEO codes with date ranges, source
 *   kb/aliases.tsv    surface form, entity id, kind (name|short|nick|variant|demonym)
 *   kb/gazetteer.tsv  name, type — every matchable name, for the NER tagger's gazetteer features
 *   kb/kb.json        the run-time index of the two tables (name keys and case signatures precomputed)
 *
 * Run: npx tsx scripts/build-kb.ts [--shared ../shared]
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { caseSignature, nameKey } from '../src/entities/kb/normalize.js';
import { addCountries, addLeaders, addOrganizations, addPlaces, addRegions, wordList } from './kb/curated.js';
import { addPhoenixActors, addPhoenixCountries } from './kb/from-phoenix.js';
import { KbBuilder } from './kb/model.js';
import { readPhoenix } from './kb/phoenix.js';

const root = resolve(import.meta.dirname, '..');
const argShared = process.argv.indexOf('--shared');
const shared = resolve(argShared > -1 ? process.argv[argShared + 1]! : join(root, '..', 'shared'));
const curated = join(root, 'kb', 'curated');
const phoenixDir = join(shared, 'data', 'events', 'phoenix');

const kb = new KbBuilder();
addOrganizations(kb, curated);
const leaders = addLeaders(kb, curated);
const countryNames = addCountries(kb, curated, join(shared, 'data', 'kb', 'cldr'));
addRegions(kb, curated);
addPlaces(kb, curated);

const entries = ['Phoenix.Countries.actors.txt', 'Phoenix.International.actors.txt', 'Phoenix.MilNonState.actors.txt'].flatMap((f) =>
  readPhoenix(join(phoenixDir, f), f),
);
const countryBlocks = addPhoenixCountries(kb, entries, countryNames);
const skipPeople = new Set([...kb.entities.values()].filter((e) => e.type === 'PER').map((e) => nameKey(e.name)));
for (const l of leaders) skipPeople.add(nameKey(l));
addPhoenixActors(
  kb,
  entries.filter((e) => !countryBlocks.has(e)),
  {
    titles: wordList(join(curated, 'phoenix-title-words.txt')),
    orgs: wordList(join(curated, 'phoenix-org-words.txt')),
    function: wordList(join(curated, 'phoenix-function-words.txt')),
  },
  skipPeople,
);

const aliases = kb.withArticleVariants(kb.settledAliases());
const used = new Set(aliases.filter((a) => a.kind !== 'demonym').map((a) => a.id));
for (const e of kb.entities.values()) if (e.kind === 'country') used.add(e.id);
const aliasRows = aliases.filter((a) => used.has(a.id)).map((a) => `${a.alias}\t${a.id}\t${a.kind}`);
const entityRows = kb.entityRows(used);

const gazetteer = new Map<string, string>();
for (const a of aliases) {
  if (a.kind === 'demonym' || !used.has(a.id)) continue;
  if (nameKey(a.alias).replace(/ /g, '').length < 2) continue;
  if (!gazetteer.has(a.alias)) gazetteer.set(a.alias, kb.entities.get(a.id)!.type);
}

// Names for the tagger's gazetteer only (kb/curated/ner-names.tsv): after the entities' own names.
for (const line of readFileSync(join(curated, 'ner-names.tsv'), 'utf8').split('\n')) {
  if (line.trim() === '' || line.startsWith('#')) continue;
  const [name, type] = line.split('\t').map((c) => c.trim());
  if (!name || !/^(PER|ORG|LOC)$/.test(type ?? '')) throw new Error(`kb/curated/ner-names.tsv: bad line "${line}"`);
  if (!gazetteer.has(name)) gazetteer.set(name, type!);
}

const header = (what: string) =>
  `# ${what}\n# Built by scripts/build-kb.ts from the Phoenix actor dictionaries (MIT), CLDR (Unicode License v3) and kb/curated/. Do not edit: edit the sources and rebuild.\n`;
mkdirSync(join(root, 'kb'), { recursive: true });
writeFileSync(join(root, 'kb', 'entities.tsv'), header('id\ttype\tkind\tname\tcodes\tsource') + entityRows.join('\n') + '\n');
writeFileSync(join(root, 'kb', 'aliases.tsv'), header('alias\tid\tkind') + aliasRows.join('\n') + '\n');
writeFileSync(
  join(root, 'kb', 'gazetteer.tsv'),
  header('name\ttype (PER|ORG|LOC)') + [...gazetteer].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([n, t]) => `${n}\t${t}`).join('\n') + '\n',
);
// The run-time index: the same tables with name keys and case signatures precomputed (fast to load).
const entityIds = entityRows.map((r) => r.split('\t')[0]!);
const entityIndex = new Map(entityIds.map((id, i) => [id, i]));
const index = {
  entities: entityRows.map((r) => r.split('\t')),
  aliases: aliases.filter((a) => used.has(a.id)).map((a) => [nameKey(a.alias), caseSignature(a.alias), a.kind, entityIndex.get(a.id)!]),
};
writeFileSync(join(root, 'kb', 'kb.json'), JSON.stringify(index) + '\n');
const count = (t: string) => entityRows.filter((r) => r.split('\t')[1] === t).length;
console.log(`kb: ${entityRows.length} entities (PER ${count('PER')}, ORG ${count('ORG')}, LOC ${count('LOC')}), ${aliasRows.length} aliases, ${gazetteer.size} gazetteer names`);
