// `--rules`: every rule with its effective severity and one-line doc, in the chosen language.
import type { Settings } from '../config/settings.js';
import { ruleCatalogue } from '../rules/catalogue.js';

export function formatRuleList(settings: Settings): string {
  const width = Math.max(...ruleCatalogue.map((rule) => rule.id.length));
  const lines = ruleCatalogue.map((rule) => {
    const severity = rule.id === 'file-unreadable' || rule.id === 'file-too-complex' ? 'error' : settings.severities[rule.id] ?? rule.severity;
    // A rule the engine makes wrong is off there by default: say so, so nobody turns it back on blind.
    const offHere = settings.preset.severities[rule.id] === 'off' && rule.severity !== 'off' && settings.severities[rule.id] === 'off';
    const note = offHere ? (settings.lang === 'ko' ? `[${settings.preset.name}에서는 기본으로 끔] ` : `[off by default on ${settings.preset.name}] `) : '';
    return `${rule.id.padEnd(width)}  ${severity.padEnd(7)}  ${note}${rule.docs[settings.lang]}`;
  });
  return `preset: ${settings.preset.name} (${settings.presetReason})\n\n${lines.join('\n')}\n`;
}
