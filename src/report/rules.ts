// `--rules`: every rule with its effective severity and one-line doc, in the chosen language.
import type { Settings } from '../config/settings.js';
import { allRules } from '../rules/index.js';

export function formatRuleList(settings: Settings): string {
  const width = Math.max(...allRules.map((rule) => rule.id.length));
  const lines = allRules.map((rule) => {
    const severity = rule.id === 'file-unreadable' ? 'error' : settings.severities[rule.id] ?? rule.severity;
    return `${rule.id.padEnd(width)}  ${severity.padEnd(7)}  ${rule.docs[settings.lang]}`;
  });
  return `preset: ${settings.preset.name}\n\n${lines.join('\n')}\n`;
}
