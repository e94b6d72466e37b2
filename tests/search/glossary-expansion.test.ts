import { describe, expect, it } from 'vitest';
import { LABELLED_QUERIES } from '../../scripts/lib/labelled-queries.ts';
import { searchWithGlossary } from '../../src/domain/search/glossary-search.ts';
import { buildSearchIndex } from '../../src/domain/search/search-index.ts';
import { searchCatalogue } from '../../src/domain/search/search.ts';
import { conceptUsage } from '../../src/domain/terms/concept-usage.ts';
import { loadCatalogueOrExit } from '../../src/node/catalogue/load-catalogue.ts';
import { buildSearchSources } from '../../src/node/catalogue/search-sources.ts';

const catalogue = loadCatalogueOrExit();
const index = buildSearchIndex(buildSearchSources(catalogue));
const usage = conceptUsage(catalogue.standards, catalogue.glossary.concepts);

/** Queries that name a concept by a form the records do not use (an abbreviation, an older or wrong spelling, a
 * synonym), in the three languages, with the concept they name. */
const EXPANSIONS: [query: string, concept: string][] = [
  ['UAV', 'drone'],
  ['unmanned aerial vehicle', 'drone'],
  ['EV battery', 'traction-battery'],
  ['programmable logic controller', 'plc'],
  ['building information modelling', 'bim'],
  ['rebar', 'reinforcement'],
  ['levelling instrument', 'surveying-level'],
  ['splicing machine', 'fusion-splicer'],
  ['freight forwarder', 'freight-forwarding'],
  ['diagnostic scanner', 'diagnostic-tool'],
  ['Chinese proficiency test', 'hsk'],
  ['optical time-domain reflectometer', 'otdr'],
  ['insulated-gate bipolar transistor', 'igbt'],
  ['haemorrhage control', 'bleeding-control'],
  ['ສະໜວນ', 'insulation'],
  ['ສະຫນວນ', 'insulation'],
  ['ປັ໊ມ', 'pump'],
  ['ໂຮງໄຟຟ້ານ້ຳຕົກ', 'hydropower-station'],
  ['ນິວແມຕິກ', 'pneumatics'],
  ['ຖົງມືກັນໄຟຟ້າ', 'insulating-gloves'],
  ['ການຊ່ວຍເຫລືອສຸກເສີນ', 'first-aid'],
  ['ເຄື່ອງຄວບຄຸມຄວາມໄວ', 'governor'],
  ['课标', 'course-standard'],
  ['支模', 'formwork'],
  ['模板安装', 'formwork'],
];

describe('search through the glossary', () => {
  it('has at least 20 expansion queries, in each of the three languages', () => {
    expect(EXPANSIONS.length).toBeGreaterThanOrEqual(20);
    expect(EXPANSIONS.some(([q]) => /[\u0E80-\u0EFF]/.test(q))).toBe(true);
    expect(EXPANSIONS.some(([q]) => /\p{Script=Han}/u.test(q))).toBe(true);
    expect(EXPANSIONS.some(([q]) => /^[A-Za-z -]+$/.test(q))).toBe(true);
  });

  it.each(EXPANSIONS)('%s finds, through %s, records that use the concept', (query, concept) => {
    const users = new Set(usage[concept]);
    expect(users.size, `${concept} is used by some record`).toBeGreaterThan(0);
    const direct = new Set(searchCatalogue(index, query).map((h) => h.id));
    const hits = searchWithGlossary(index, catalogue.glossary, query);
    expect(hits.slice(0, 3).some((h) => users.has(h.id)), hits.map((h) => h.id).join(' ')).toBe(true);
    // What the glossary adds comes after every direct match and names the concept that found it.
    const firstVia = hits.findIndex((h) => h.viaGlossary);
    expect(firstVia).toBeGreaterThanOrEqual(0);
    expect(hits.slice(firstVia).every((h) => h.viaGlossary?.concept !== undefined && !direct.has(h.id))).toBe(true);
    expect(hits.slice(0, firstVia).every((h) => direct.has(h.id))).toBe(true);
  });

  it('expands no topic the catalogue does not cover', () => {
    for (const { query } of LABELLED_QUERIES.filter((q) => q.none)) expect(searchWithGlossary(index, catalogue.glossary, query), query).toEqual([]);
  });

  it('reads an abbreviation only in capitals: "can" and "ev" are words, not CAN bus or electric vehicle', () => {
    for (const query of ['can', 'ev', 'uav']) {
      expect(searchWithGlossary(index, catalogue.glossary, query).filter((h) => h.viaGlossary), query).toEqual([]);
    }
  });
});
