// The part of saxon-js 2.7 (which ships no types) that the publisher uses.
declare module 'saxon-js' {
  /** A node of a parsed document, opaque to TypeScript. */
  export interface XdmDocument {
    readonly nodeType: number;
  }

  export interface TransformOptions {
    stylesheetInternal: unknown;
    sourceNode?: XdmDocument;
    sourceText?: string;
    initialTemplate?: string;
    destination: 'serialized' | 'raw';
    stylesheetParams?: Record<string, unknown>;
    /** The base URI of result documents (xsl:result-document href). */
    baseOutputURI?: string;
    /** Where each result document goes; `save` receives it serialized, and nothing is written to disk. */
    deliverResultDocument?: (uri: string) => {
      destination: 'serialized';
      /** `uri` is an xs:anyURI value: its String() is the URI. */
      save: (uri: unknown, serialized: string, encoding: string) => void;
    };
  }

  export interface TransformResult {
    principalResult: unknown;
  }

  export interface XPathOptions {
    params?: Record<string, unknown>;
  }

  interface SaxonJS {
    transform(options: TransformOptions): TransformResult;
    XPath: {
      evaluate(expression: string, context: unknown, options?: XPathOptions): unknown;
    };
  }

  const saxon: SaxonJS;
  export default saxon;
}
