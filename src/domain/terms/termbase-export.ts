import { toCsv } from '../text/csv.ts';
import type { Vocabulary } from '../record/schema.ts';
import type { Concept, Glossary, TermLanguage } from './glossary-schema.ts';
import { xmlEscape } from './xml-text.ts';

const LANGS: readonly TermLanguage[] = ['zh', 'lo', 'en'];
/** TBX v3 (ISO 30042:2019) namespace. */
export const TBX_NAMESPACE = 'urn:iso:std:iso:30042:ed-2';
const STRUCTURE_FIELD = 'Structure of a course standard';
const ILLUSTRATIVE = 'Illustrative termbase: the Lao and English terms are machine or draft translations awaiting a human terminologist.';

/** A concept id as an XML ID (an NCName may not begin with a digit: `5s` is written `c-5s`). */
export const tbxId = (id: string): string => (/^[0-9]/.test(id) ? `c-${id}` : id);

const fieldLabels = (concept: Concept, fields: Vocabulary): string[] =>
  concept.fields.length === 0 ? [STRUCTURE_FIELD] : concept.fields.map((key) => fields[key]?.en ?? key);

/** A term's state as a note a terminologist reads (TBX-Basic has no data category for machine or draft translation). */
const stateNote = (concept: Concept, lang: TermLanguage): string | undefined =>
  lang === 'zh' ? undefined : `${concept[lang as 'lo' | 'en'].state} translation, not reviewed`;

/**
 * The termbase as TBX (ISO 30042:2019), TBX-Basic dialect in DCA style: one `<conceptEntry>` per concept with its
 * subject fields, one `<langSec>` per language with its definition and note, and one `<termSec>` per form, whose
 * administrative status says preferred, admitted (variants) or deprecated (forms to avoid). For OmegaT, Trados and
 * memoQ.
 */
export function termbaseTbx(glossary: Glossary, fields: Vocabulary): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="${TBX_NAMESPACE}">`,
    '  <tbxHeader>',
    '    <fileDesc>',
    '      <titleStmt>',
    '        <title>Lao–China course standards: trilingual termbase (Chinese, Lao, English)</title>',
    '      </titleStmt>',
    '      <sourceDesc>',
    `        <p>${xmlEscape(ILLUSTRATIVE)} Written by npm run terms:export from standards/_glossary/.</p>`,
    '      </sourceDesc>',
    '    </fileDesc>',
    '  </tbxHeader>',
    '  <text>',
    '    <body>',
  ];
  for (const concept of glossary.concepts) {
    out.push(`      <conceptEntry id="${tbxId(concept.id)}">`);
    for (const label of fieldLabels(concept, fields)) out.push(`        <descrip type="subjectField">${xmlEscape(label)}</descrip>`);
    for (const lang of LANGS) {
      const terms = concept[lang];
      out.push(`        <langSec xml:lang="${lang}">`);
      const definition = concept.definition?.[lang];
      if (definition) out.push(`          <descrip type="definition">${xmlEscape(definition)}</descrip>`);
      const note = concept.note?.[lang];
      if (note) out.push(`          <note>${xmlEscape(note)}</note>`);
      const forms: [string, string][] = [
        [terms.term, 'preferredTerm-admn-sts'],
        ...(terms.variants ?? []).map((v): [string, string] => [v, 'admittedTerm-admn-sts']),
        ...(terms.forbidden ?? []).map((f): [string, string] => [f, 'deprecatedTerm-admn-sts']),
      ];
      for (const [form, status] of forms) {
        out.push('          <termSec>', `            <term>${xmlEscape(form)}</term>`, `            <termNote type="administrativeStatus">${status}</termNote>`);
        const state = status === 'deprecatedTerm-admn-sts' ? undefined : stateNote(concept, lang);
        if (state) out.push(`            <note>${state}</note>`);
        out.push('          </termSec>');
      }
      out.push('        </langSec>');
    }
    out.push('      </conceptEntry>');
  }
  out.push('    </body>', '  </text>', '</tbx>', '');
  return out.join('\n');
}

export const TERMBASE_CSV_HEADER = [
  'id', 'zh', 'lo', 'en', 'subject field',
  'zh variants', 'zh forbidden', 'lo variants', 'lo forbidden', 'lo state', 'en variants', 'en forbidden', 'en state',
  'zh definition', 'lo definition', 'en definition', 'zh note', 'lo note', 'en note',
] as const;

/**
 * The termbase as CSV with a byte-order mark (spreadsheets, memoQ and Trados imports): the preferred terms in the
 * first columns, variants and forbidden forms separated by "; ".
 */
export function termbaseCsv(glossary: Glossary, fields: Vocabulary): string {
  const list = (forms: readonly string[] | undefined) => (forms ?? []).join('; ');
  const rows = glossary.concepts.map((c) => [
    c.id, c.zh.term, c.lo.term, c.en.term, fieldLabels(c, fields).join('; '),
    list(c.zh.variants), list(c.zh.forbidden), list(c.lo.variants), list(c.lo.forbidden), c.lo.state, list(c.en.variants), list(c.en.forbidden), c.en.state,
    c.definition?.zh, c.definition?.lo, c.definition?.en, c.note?.zh, c.note?.lo, c.note?.en,
  ]);
  return toCsv(TERMBASE_CSV_HEADER, rows);
}
