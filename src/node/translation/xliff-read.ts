import { JSDOM } from 'jsdom';
import type { ImportedUnit } from '../../domain/translation/xliff-import.ts';
import { textProblem } from '../../domain/record/text-rules.ts';
import { isXliffState, XLIFF_STATES, type XliffState } from '../../domain/translation/xliff-states.ts';

/** An export of every text of the catalogue into one language is about 2 MB; a file many times that is refused. */
export const MAX_XLIFF_BYTES = 32 * 1024 * 1024;

const lineAt = (xml: string, index: number) => xml.slice(0, index).split('\n').length;

/**
 * What is refused before the XML is parsed: a document type (it can declare entities that expand to any size or
 * read other files), and character references to code points that are not characters.
 */
function unsafeXml(xml: string): string | undefined {
  const bytes = Buffer.byteLength(xml, 'utf8');
  if (bytes > MAX_XLIFF_BYTES) return `the file is ${bytes.toLocaleString('en')} bytes: the limit is ${MAX_XLIFF_BYTES.toLocaleString('en')} bytes`;
  const doctype = /<!DOCTYPE/i.exec(xml);
  if (doctype) return `the file declares a DOCTYPE (line ${lineAt(xml, doctype.index)}): XLIFF needs none, and its entities are not read`;
  for (const match of xml.matchAll(/&#(x[0-9a-fA-F]+|[0-9]+);/g)) {
    const code = match[1].startsWith('x') ? parseInt(match[1].slice(1), 16) : Number(match[1]);
    if (!isCharacter(code)) return `the character reference ${match[0]} (line ${lineAt(xml, match.index)}) is not a character XML allows`;
  }
  return undefined;
}

/** XML 1.0's Char production, less the non-characters (U+FDD0–FDEF and the last two code points of every plane). */
function isCharacter(code: number): boolean {
  if (code === 0x9 || code === 0xa || code === 0xd) return true;
  if (code < 0x20 || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return false;
  if (code >= 0xfdd0 && code <= 0xfdef) return false;
  return (code & 0xfffe) !== 0xfffe;
}

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
  const unsafe = unsafeXml(xml);
  if (unsafe) return { error: unsafe };
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
    const targetProblem = target === undefined || target === '' ? undefined : textProblem(target);
    if (targetProblem) problems.push(`${name}: the target ${targetProblem}`);
    const notes = children(unit, 'notes').flatMap((list) => children(list, 'note'));
    const note = (category: string) => notes.find((n) => n.getAttribute('category') === category)?.textContent?.trim() || undefined;
    const by = note('reviewer');
    const review = by ? { by, date: note('reviewed-on') ?? '' } : undefined;
    if (by && textProblem(by)) problems.push(`${name}: the reviewer note ${textProblem(by)}`);
    if (!parts.some((part) => part.localName === 'segment')) problems.push(`${name}: has no <segment>`);
    else if (!id) problems.push('a <unit> has no id');
    else units.push({ id, source, target, state, ...(review && { review }) });
  }
  return { srcLang: root.getAttribute('srcLang') ?? undefined, trgLang: root.getAttribute('trgLang') ?? undefined, units, problems };
}
