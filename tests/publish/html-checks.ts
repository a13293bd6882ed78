/** Checks on HTML strings shared by the publish tests: ids present, html-validate's verdict. */
import { HtmlValidate } from 'html-validate';

// The recommended rules, all but long-title: a search-engine heuristic (70 characters) that FRUS
// headings ("Telegram From the Department of State to the Mission to …") exceed by nature.
const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off' } });

export function anchorIds(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]!));
}

/** html-validate's errors, as `line:column message [rule]`; empty when the page passes. */
export async function validateHtml(html: string): Promise<string[]> {
  const report = await validator.validateString(html);
  return report.results.flatMap((result) =>
    result.messages
      .filter((message) => message.severity === 2)
      .map((message) => `${message.line}:${message.column} ${message.message} [${message.ruleId}]`),
  );
}
