// Two devDependencies ship no types; these are the parts of their APIs the XLIFF scripts use.

declare module 'xliff/js2xliff' {
  export interface XliffJsUnit {
    source: string;
    target?: string;
    note?: string;
    additionalAttributes?: Record<string, string>;
  }
  export interface XliffJs {
    sourceLanguage: string;
    targetLanguage: string;
    /** `<file id>` → `<unit id>` → unit, in document order. */
    resources: Record<string, Record<string, XliffJsUnit>>;
  }
  export default function js2xliff(js: XliffJs, options?: { indent?: string }): Promise<string>;
}

declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string);
    readonly window: { DOMParser: typeof DOMParser };
  }
}
