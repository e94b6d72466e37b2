import { inflateSync } from 'node:zlib';

/**
 * The text on each page of a PDF that Chromium's page.pdf() wrote, enough for a test to read a footer: it inflates
 * the streams, maps each font's glyph codes back to text through its ToUnicode table, and reads the Tj/TJ operators
 * of each page's content stream. Not a general PDF reader.
 */
export function pdfPageTexts(pdf: Buffer): string[] {
  const source = pdf.toString('latin1');
  const objects = new Map<number, { dict: string; stream?: Buffer }>();
  for (const match of source.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2];
    const streamAt = body.indexOf('stream');
    if (streamAt < 0) {
      objects.set(Number(match[1]), { dict: body });
      continue;
    }
    const dict = body.slice(0, streamAt);
    let start = match.index! + match[0].indexOf(body) + streamAt + 'stream'.length;
    if (source[start] === '\r') start++;
    if (source[start] === '\n') start++;
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    let data = pdf.subarray(start, start + length);
    if (/\/FlateDecode/.test(dict)) data = inflateSync(data);
    objects.set(Number(match[1]), { dict, stream: data });
  }
  const ref = (text: string, key: string) => Number(new RegExp(`/${key} (\\d+) 0 R`).exec(text)?.[1]);
  const dictOf = (text: string, key: string): string => {
    const at = text.indexOf(`/${key}`);
    if (at < 0) return '';
    const rest = text.slice(at + key.length + 1).trimStart();
    if (/^\d+ 0 R/.test(rest)) return objects.get(Number(/^(\d+)/.exec(rest)![1]))?.dict ?? '';
    let depth = 0;
    for (let i = 0; i < rest.length; i++) {
      if (rest.startsWith('<<', i)) {
        depth++;
        i++;
      } else if (rest.startsWith('>>', i)) {
        depth--;
        i++;
        if (depth === 0) return rest.slice(0, i + 1);
      }
    }
    return rest;
  };
  // A font's glyph codes are two bytes (Type0 fonts) or one (the Type3 fonts Skia writes for some system fonts,
  // such as Noto CJK): the ToUnicode table's code space says which.
  const cmaps = new Map<number, { map: Map<string, string>; width: number }>();
  const cmapOf = (fontObject: number) => {
    if (cmaps.has(fontObject)) return cmaps.get(fontObject)!;
    const map = new Map<string, string>();
    const toUnicode = objects.get(ref(objects.get(fontObject)?.dict ?? '', 'ToUnicode'))?.stream?.toString('latin1') ?? '';
    const width = /begincodespacerange\s*<([0-9a-fA-F]+)>/.exec(toUnicode)?.[1].length ?? 4;
    const hexToText = (hex: string) => String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((h) => parseInt(h, 16)));
    for (const block of toUnicode.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const [, code, text] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(code.toLowerCase(), hexToText(text));
    }
    for (const block of toUnicode.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const [, from, to, text] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
        const width = from.length;
        for (let code = parseInt(from, 16), n = 0; code <= parseInt(to, 16); code++, n++) {
          const first = parseInt(text.slice(0, 4), 16) + n;
          map.set(code.toString(16).padStart(width, '0'), String.fromCodePoint(first));
        }
      }
    }
    const font = { map, width };
    cmaps.set(fontObject, font);
    return font;
  };
  const pages = [...objects.values()].filter((o) => /\/Type\s*\/Page\b/.test(o.dict));
  return pages.map((page) => {
    const fonts = dictOf(dictOf(page.dict, 'Resources'), 'Font');
    const fontRefs = new Map([...fonts.matchAll(/\/(\w+) (\d+) 0 R/g)].map(([, name, id]) => [name, Number(id)]));
    const contentIds = /\/Contents\s*\[([^\]]*)\]/.exec(page.dict)?.[1].match(/\d+(?= 0 R)/g)?.map(Number) ?? [ref(page.dict, 'Contents')];
    const content = contentIds.map((id) => objects.get(id)?.stream?.toString('latin1') ?? '').join('\n');
    let font = { map: new Map<string, string>(), width: 4 };
    let text = '';
    for (const [, name, operands] of content.matchAll(/\/(\w+)\s+[\d.]+\s+Tf|(\[[^\]]*\]|<[0-9a-fA-F]*>)\s*(TJ|Tj)|(T\*|Td|TD)/g)) {
      if (name) font = cmapOf(fontRefs.get(name) ?? -1);
      else if (operands) {
        for (const [, hex] of operands.matchAll(/<([0-9a-fA-F]*)>/g)) {
          for (const code of hex.match(new RegExp(`.{${font.width}}`, 'g')) ?? []) text += font.map.get(code.toLowerCase()) ?? '';
        }
      } else text += ' ';
    }
    return text;
  });
}
