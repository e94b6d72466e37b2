import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerNeutralAddress, LANGUAGE_NEUTRAL_ATTRIBUTE } from '../../src/boot/neutral-address.ts';

/** A short link's page as prerender.ts writes it: the record in Lao, with its three language addresses. */
function shortLinkPage(path: string) {
  window.history.replaceState(null, '', path);
  document.documentElement.lang = 'lo';
  document.documentElement.setAttribute(LANGUAGE_NEUTRAL_ATTRIBUTE, '');
  document.head.innerHTML = ['zh', 'lo', 'en'].map((lang) => `<link rel="alternate" hreflang="${lang}" href="/${lang}/standards/LCS-05" />`).join('');
}

afterEach(() => {
  document.head.innerHTML = '';
  document.documentElement.removeAttribute(LANGUAGE_NEUTRAL_ATTRIBUTE);
  vi.restoreAllMocks();
});

describe('answerNeutralAddress', () => {
  it('takes on the Lao address in place for a Lao reader, keeping the section', () => {
    shortLinkPage('/s/LCS-05#unit-3');
    expect(answerNeutralAddress(document, '/', { saved: null, preferred: ['lo-LA'] })).toBe(false);
    expect(`${location.pathname}${location.hash}`).toBe('/lo/standards/LCS-05#unit-3');
    expect(document.documentElement.hasAttribute(LANGUAGE_NEUTRAL_ATTRIBUTE)).toBe(false);
  });

  it('goes to the reader\'s saved language, keeping the section', () => {
    shortLinkPage('/s/LCS-05#objectives');
    const replace = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, pathname: '/s/LCS-05', search: '', hash: '#objectives', href: 'http://localhost/s/LCS-05#objectives', replace } as Location);
    expect(answerNeutralAddress(document, '/', { saved: 'zh', preferred: ['en-GB'] })).toBe(true);
    expect(replace).toHaveBeenCalledWith('/zh/standards/LCS-05#objectives');
  });

  it('sends / to the home page in the browser\'s language, and leaves other pages alone', () => {
    const replace = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, pathname: '/', search: '', hash: '', href: 'http://localhost/', replace } as Location);
    expect(answerNeutralAddress(document, '/', { saved: null, preferred: ['th-TH'] })).toBe(true);
    expect(replace).toHaveBeenCalledWith('/lo');
    vi.restoreAllMocks();
    window.history.replaceState(null, '', '/en/standards/LCS-05');
    expect(answerNeutralAddress(document, '/', { saved: null, preferred: ['zh-CN'] })).toBe(false);
    expect(location.pathname).toBe('/en/standards/LCS-05');
  });
});
