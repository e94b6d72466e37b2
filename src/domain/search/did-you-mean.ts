import { latinWords } from './latin-words.ts';
import { vocabularyLowerBound, type SearchIndex } from './search-index.ts';
import { alignWord } from './slips.ts';

/**
 * Slips a suggested word may be from the typed one: one per three letters, at least one, at most three. That is a
 * little more than a search forgives for short and long words (`pupm` → pump, `maintenence` → maintenance),
 * never so much that `solar` becomes `solid`.
 */
const suggestionSlips = (length: number) => Math.min(3, Math.max(1, Math.floor(length / 3)));

/**
 * "Did you mean": for a query that found nothing, the same query with each Latin word the catalogue does not
 * know replaced by the nearest word it does know, a little further than a search forgives (`pupm` → `pump`,
 * only if the catalogue says pump). Undefined when some unknown word has no near spelling: then nothing is
 * offered, rather than a guess. The caller checks that the suggestion finds something before showing it.
 */
export function spellingSuggestion(index: SearchIndex, query: string): string | undefined {
  const words = latinWords(query, false);
  if (words.length === 0) return undefined;
  let suggestion = '';
  let at = 0;
  let changed = false;
  for (const { word, start, end } of words) {
    suggestion += query.slice(at, start);
    at = end;
    if (isKnown(index, word) || /\d/.test(word)) {
      suggestion += query.slice(start, end);
      continue;
    }
    const near = nearestWord(index, word);
    if (near === undefined) return undefined;
    suggestion += near;
    changed = true;
  }
  suggestion += query.slice(at);
  return changed ? suggestion : undefined;
}

function isKnown(index: SearchIndex, word: string): boolean {
  const at = vocabularyLowerBound(index, word);
  return at < index.vocabularyOrder.length && index.vocabulary[index.vocabularyOrder[at]] === word;
}

/** The known word nearest to `word` that starts with the same letter (fewest slips; then the shorter, then A–Z). */
function nearestWord(index: SearchIndex, word: string): string | undefined {
  if (word.length < 3) return undefined;
  const max = suggestionSlips(word.length);
  const order = index.vocabularyOrder;
  let best: { word: string; slips: number } | undefined;
  for (let i = vocabularyLowerBound(index, word[0]); i < order.length; i++) {
    const candidate = index.vocabulary[order[i]];
    if (candidate[0] !== word[0]) break;
    if (Math.abs(candidate.length - word.length) > max || /\d/.test(candidate)) continue;
    const { whole } = alignWord(word, candidate, max);
    if (whole > max) continue;
    if (!best || whole < best.slips || (whole === best.slips && candidate.length < best.word.length)) best = { word: candidate, slips: whole };
  }
  return best?.word;
}
