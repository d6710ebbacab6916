// What a rule is: metadata (id, category, default severity, docs, messages in en and ko) and a
// `check` that reads the shared lint context and reports. Rules never format, never print, never
// know where their problems go.
import type { LocalizedText, MessageData } from '../i18n/index.js';
import type { Fix, Position, RuleCategory, SeveritySetting } from '../core/types.js';
import type { LintContext } from './context.js';
import type { OptionsSchema } from '../config/options.js';

export interface RuleMeta {
  id: string;
  category: RuleCategory;
  /** Severity before presets and config re-level it. */
  severity: SeveritySetting;
  fixable: boolean;
  /** One line: what the rule checks and why a blogger should care. */
  docs: LocalizedText;
  messages: Record<string, LocalizedText>;
  /** The options a config may give the rule beside `severity` (`{}`: none); the loader rejects any other. */
  options: OptionsSchema;
  /** Only for posts: pages (about, archive, Hugo `_index.md`) have no date, tags or required keys. */
  postsOnly?: boolean;
  /** Also (and only this rule's business) for files the engine never publishes. */
  forUnpublished?: boolean;
}

/** A rule as the catalogue lists it (src/rules/catalogue.ts): everything but its messages and code. */
export type RuleEntry = Omit<RuleMeta, 'messages'>;

export interface ReportInput {
  messageId: string;
  data?: MessageData;
  position: Position;
  fix?: Fix;
}

export type ReportFn = (input: ReportInput) => void;

export interface Rule extends RuleMeta {
  check(context: LintContext, report: ReportFn): void;
}

export function defineRule<const M extends Record<string, LocalizedText>>(
  rule: Omit<Rule, 'messages' | 'check'> & { messages: M; check(context: LintContext, report: (input: ReportInput & { messageId: keyof M & string }) => void): void },
): Rule {
  return rule as Rule;
}
