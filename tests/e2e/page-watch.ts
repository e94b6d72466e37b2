import type { BrowserContext, Page } from 'playwright-core';

/**
 * Watches a browser context for what must never happen: a request leaving the site's origin, a page error,
 * a console error or a Content-Security-Policy violation.
 */
export function watchContext(context: BrowserContext, origin: string) {
  const foreignRequests: string[] = [];
  const errors: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  const watchPage = (page: Page) => {
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(`console: ${message.text()}`);
    });
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  return { foreignRequests, errors };
}
