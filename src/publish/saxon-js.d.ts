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
