/**
 * The reader's place on a page: the first block of text that starts in the viewport, named by its nearest
 * ancestor with an id (a section, a unit, or main itself) and its position among that ancestor's blocks.
 * A page has the same shape in every language, so the place found on one language's page names the same
 * heading, objective or paragraph on another's, even when the texts differ in length.
 */
export interface ReadingPlace {
  anchorId: string;
  index: number;
  /** Distance of the block's top from the viewport's top, in CSS pixels. */
  top: number;
}

const BLOCKS = 'h1, h2, h3, p, li, dt, dd, tr, summary';
/** Controls that stay on screen (a sticky "on this page") are always at the top: they are not the reader's place. */
const NOT_A_PLACE = '[data-not-a-place]';

export function findReadingPlace(document: Document): ReadingPlace | undefined {
  const main = document.getElementById('main');
  if (!main) return undefined;
  for (const block of main.querySelectorAll<HTMLElement>(BLOCKS)) {
    const rect = block.getBoundingClientRect();
    // The first block that starts on screen: a block cut off at the top has another height in another language.
    if (rect.height === 0 || rect.top < 0 || block.closest(NOT_A_PLACE)) continue;
    const anchor = block.parentElement?.closest<HTMLElement>('[id]') ?? main;
    const index = [...anchor.querySelectorAll(BLOCKS)].indexOf(block);
    return { anchorId: anchor.id, index, top: rect.top };
  }
  return undefined;
}

/** Scrolls so the block the place names is where it was in the viewport; false if the page has no such block. */
export function returnToReadingPlace(document: Document, place: ReadingPlace): boolean {
  const block = document.getElementById(place.anchorId)?.querySelectorAll<HTMLElement>(BLOCKS)[place.index];
  if (!block) return false;
  document.defaultView?.scrollBy({ top: block.getBoundingClientRect().top - place.top, behavior: 'instant' });
  return true;
}
