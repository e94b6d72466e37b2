import { JSDOM } from 'jsdom';
import type { ImportedUnit } from '../domain/xliff-import.ts';
import { isXliffState, XLIFF_STATES, type XliffState } from '../domain/xliff-states.ts';

export interface ReadXliff {
  srcLang?: string;
  trgLang?: string;
  units: ImportedUnit[];
  /** Problems with single units (markup in a text, an unknown state…), each naming its unit. */
  problems: string[];
}

const XLIFF_2 = /^urn:oasis:names:tc:xliff:document:2\.\d$/;

/**
 * Reads an XLIFF 2.x document as a CAT tool returns it. The xliff package's reader drops segment states, keeps
 * only the last segment of a unit and accepts a truncated file, so this reads with a strict, namespace-aware XML
 * parser (jsdom's). A unit split into several segments reads as their concatenation, with the least advanced of
 * their states.
 */
export function readXliff(xml: string): ReadXliff | { error: string } {
  const doc = new (new JSDOM().window.DOMParser)().parseFromString(xml, 'application/xml');
  const failure = doc.getElementsByTagName('parsererror')[0];
  if (failure) {
    const [, line, column, message] = /^(\d+):(\d+):\s*(.*?)\.?$/.exec(failure.textContent?.trim() ?? '') ?? [];
    return { error: `not well-formed XML: ${message ?? failure.textContent}${line ? ` (line ${line}, column ${column})` : ''}` };
  }
  const root = doc.documentElement;
  const ns = root.namespaceURI ?? '';
  if (root.localName !== 'xliff' || !XLIFF_2.test(ns)) return { error: 'not an XLIFF 2 document: its root must be <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0">' };
  const version = root.getAttribute('version');
  if (!/^2\.\d$/.test(version ?? '')) return { error: `XLIFF version ${version ?? '(none)'}: only XLIFF 2.x files are read` };

  const children = (element: Element, ...names: string[]) => [...element.children].filter((e) => e.namespaceURI === ns && names.includes(e.localName));
  const problems: string[] = [];
  const units: ImportedUnit[] = [];
  for (const unit of root.getElementsByTagNameNS(ns, 'unit')) {
    const id = unit.getAttribute('id') ?? '';
    const name = id || '(a unit without id)';
    const textOf = (element: Element | undefined): string | undefined => {
      if (!element) return undefined;
      if (element.firstElementChild) problems.push(`${name}: the ${element.localName} contains markup (<${element.firstElementChild.localName}>), but record texts are plain text`);
      return (element.textContent ?? '').replace(/\r\n?/g, '\n');
    };
    let source = '';
    let target: string | undefined;
    let state: XliffState = 'final';
    const parts = children(unit, 'segment', 'ignorable');
    for (const part of parts) {
      source += textOf(children(part, 'source')[0]) ?? '';
      const partTarget = textOf(children(part, 'target')[0]);
      if (partTarget !== undefined) target = (target ?? '') + partTarget;
      if (part.localName !== 'segment') continue;
      const partState = part.getAttribute('state') ?? 'initial';
      if (!isXliffState(partState)) problems.push(`${name}: state "${partState}" is not an XLIFF 2 state (${XLIFF_STATES.join(', ')})`);
      else if (XLIFF_STATES.indexOf(partState) < XLIFF_STATES.indexOf(state)) state = partState;
    }
    if (!parts.some((part) => part.localName === 'segment')) problems.push(`${name}: has no <segment>`);
    else if (!id) problems.push('a <unit> has no id');
    else units.push({ id, source, target, state });
  }
  return { srcLang: root.getAttribute('srcLang') ?? undefined, trgLang: root.getAttribute('trgLang') ?? undefined, units, problems };
}
