// Settings: the preset, the config file and the command line merged into one resolved object
// that the engine reads. Nothing downstream looks at raw config.
import type { Lang, Severity, SeveritySetting } from '../core/types.js';
import { presets, type Preset, type PresetName } from '../presets/index.js';
import type { OptionsSchema } from './options.js';
import { DEFAULT_MAX_BYTES } from '../post/read.js';

export interface Settings {
  preset: Preset;
  /** How the preset was chosen, for the log: "detected: _config.yml and _posts/", "config file". */
  presetReason: string;
  lang: Lang;
  requiredKeys: string[];
  maxFileSize: number;
  posts: string[];
  ignore: string[];
  severities: Record<string, SeveritySetting>;
  ruleOptions: Record<string, Record<string, unknown>>;
  /** "Now", for future-date checks; fixed in tests. */
  now: Date;
}

export interface SettingsInput {
  preset?: PresetName;
  presetReason?: string;
  lang?: Lang;
  requiredKeys?: string[];
  maxFileSize?: number;
  posts?: string[];
  ignore?: string[];
  rules?: Record<string, { severity?: SeveritySetting; options?: Record<string, unknown> }>;
  now?: Date;
}

/** What settings need of each rule: the catalogue is passed in (src/rules/catalogue.ts), not imported. */
export interface RuleDefaults {
  id: string;
  severity: SeveritySetting;
  options: OptionsSchema;
}

export function resolveSettings(catalogue: readonly RuleDefaults[], input: SettingsInput = {}): Settings {
  const preset = presets[input.preset ?? 'jekyll'];
  const severities: Record<string, SeveritySetting> = {};
  const ruleOptions: Record<string, Record<string, unknown>> = {};
  for (const rule of catalogue) {
    severities[rule.id] = input.rules?.[rule.id]?.severity ?? preset.severities[rule.id] ?? rule.severity;
    const options = input.rules?.[rule.id]?.options;
    if (options) ruleOptions[rule.id] = options;
  }
  return {
    preset,
    presetReason: input.presetReason ?? (input.preset ? `preset ${input.preset}` : 'default preset jekyll'),
    lang: input.lang ?? 'en',
    requiredKeys: input.requiredKeys ?? preset.requiredKeys,
    maxFileSize: input.maxFileSize ?? DEFAULT_MAX_BYTES,
    posts: input.posts ?? preset.posts,
    ignore: input.ignore ?? [],
    severities,
    ruleOptions,
    now: input.now ?? new Date(),
  };
}

export function effectiveSeverity(settings: Settings, ruleId: string): Severity | undefined {
  const severity = settings.severities[ruleId];
  return severity === 'off' || severity === undefined ? undefined : severity;
}
