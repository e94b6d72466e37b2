/** What a report of a translation problem is about; the reader's own words go in the message itself. */
export interface TranslationReportSubject {
  /** A short line naming the record and the language, in the page language. */
  subject: string;
  /** The address of the page the reader was reading. */
  pageUrl: string;
}

/**
 * The address behind "report a translation problem", built from the one configured target: an e-mail address
 * (`mailto:…`) gets a subject and a body naming the page; a web address (an issue form, say) gets them as
 * `subject` and `page` query parameters, which most forms can prefill.
 */
export function translationReportUrl(target: string, { subject, pageUrl }: TranslationReportSubject): string {
  if (target.startsWith('mailto:')) {
    const separator = target.includes('?') ? '&' : '?';
    return `${target}${separator}subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(`${pageUrl}\n\n`)}`;
  }
  const url = new URL(target);
  url.searchParams.set('subject', subject);
  url.searchParams.set('page', pageUrl);
  return url.href;
}
