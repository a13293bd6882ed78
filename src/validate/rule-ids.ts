/**
 * Every rule id a validation diagnostic can carry: the layers' own and the rule modules'. A union
 * type, so a misspelt id does not compile; each id is documented in the README's table of rules.
 */
import type { RuleModuleId } from './rules/index.js';

export type LayerRuleId = 'encoding' | 'well-formed' | 'relaxng' | 'json-schema' | 'schematron' | 'schema-choice';
export type RuleId = LayerRuleId | RuleModuleId;
