/**
 * What a text in a record (or an imported translation) may contain. Lao is written without spaces and with
 * combining vowel and tone marks, so nothing here touches letters or marks: only characters that are invisible,
 * that control a terminal or the layout direction, or that make a text too long to be one text.
 */

/** The longest text a record may hold: the longest real text is about a tenth of it. */
export const MAX_TEXT_CHARACTERS = 10_000;

// Format characters that show nothing: zero-width space/joiners, word joiner, BOM, soft hyphen, invisible operators.
// U+034F is a combining mark, listed alone on purpose (it is what this class looks for, not part of a sequence).
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE = /[\u00AD\u034F\u180E\u200B-\u200D\u2060-\u2064\uFEFF]/gu;
// C0 controls except tab and line feed, DEL, C1 controls: matching control characters is this pattern's purpose.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;
// Embeddings, overrides and isolates reorder the text around them: U+202A–202E, U+2066–2069.
const BIDI = /[\u202A-\u202E\u2066-\u2069]/u;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** Why a text is refused, or undefined when it is fine. */
export function textProblem(text: string): string | undefined {
  if (text.length > MAX_TEXT_CHARACTERS) {
    return `is ${text.length.toLocaleString('en')} characters long: the limit is ${MAX_TEXT_CHARACTERS.toLocaleString('en')} per text`;
  }
  const control = CONTROL.exec(text);
  if (control) return `contains the control character ${codePoint(control[0])} at character ${control.index + 1}: remove it`;
  const bidi = BIDI.exec(text);
  if (bidi) return `contains the bidirectional control ${codePoint(bidi[0])} at character ${bidi.index + 1}: remove it`;
  if (text.replace(INVISIBLE, '').trim() === '') return 'must not be empty (it holds only invisible characters)';
  return undefined;
}
