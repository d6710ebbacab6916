// The project config file: found by convention at the repo root (or named with --config / the
// `config` input), parsed with positions, and validated so that a typo names its file and line
// instead of being ignored.
import { isMap, isScalar, isSeq, type Node as YamlNode, type YAMLMap } from 'yaml';
import { checkOptionValue, didYouMean, unknownOption, type OptionProblem } from './options.js';
import { isPresetName } from '../presets/index.js';
import { isLang } from '../i18n/index.js';
import type { RuleDefaults, SettingsInput } from './settings.js';
import type { SeveritySetting } from '../core/types.js';
import { parseYamlDocument } from '../post/yaml-document.js';
import { MAX_NESTING, yamlNestingPast } from '../post/nesting.js';
import { readSiteText } from '../post/read.js';

const READ_FAILURES = {
  'not-a-file': 'not a regular file (a FIFO, a device or a folder): not read',
  outside: 'a link that leads outside the repository: not read',
  'too-large': 'larger than 1 MB: not read',
} as const;

export const CONFIG_FILE_NAMES = ['.blog-post-lint.yml', '.blog-post-lint.yaml', '.blog-post-lint.json'];

export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(line > 0 ? `${file}:${line}: ${message}` : `${file}: ${message}`);
  }
}

export interface LoadedConfig {
  file?: string;
  input: SettingsInput;
}

/** Finds and reads the config. `explicit` (from --config) must exist; the conventional names may not. */
export async function loadConfig(catalogue: readonly RuleDefaults[], root: string, explicit?: string): Promise<LoadedConfig> {
  const names = explicit ? [explicit] : CONFIG_FILE_NAMES;
  for (const name of names) {
    // The conventional names come with the repository (a pull request may add one): a regular file
    // inside it, as posts are. A path given with --config or the `config` input is the user's own.
    const read = await readSiteText(root, name, { insideRoot: !explicit });
    if (!read.ok) {
      if (read.reason === 'missing') {
        if (explicit) throw new ConfigError(name, 0, 'config file not found');
        continue;
      }
      throw new ConfigError(name, 0, READ_FAILURES[read.reason]);
    }
    return { file: name, input: parseConfig(catalogue, name, read.text) };
  }
  return { input: {} };
}

const TOP_LEVEL_KEYS = ['preset', 'lang', 'paths', 'ignore', 'required', 'max-file-size', 'rules'];

export function parseConfig(catalogue: readonly RuleDefaults[], file: string, text: string): SettingsInput {
  const ruleById = new Map(catalogue.map((rule) => [rule.id, rule]));
  const tooDeep = yamlNestingPast(text);
  if (tooDeep !== undefined) throw new ConfigError(file, text.slice(0, tooDeep).split('\n').length, `nested more than ${MAX_NESTING} levels deep; a config needs a few`);
  const document = parseYamlDocument(text, { prettyErrors: false });
  const lineOf = (node: YamlNode | null | undefined) => (node?.range ? text.slice(0, node.range[0]).split('\n').length : 1);
  const firstError = document.errors[0];
  if (firstError) {
    const lastLine = text.replace(/\n$/, '').split('\n').length;
    throw new ConfigError(file, Math.min(text.slice(0, firstError.pos[0]).split('\n').length, lastLine), firstError.message.split('\n')[0]!);
  }
  const root = document.contents;
  if (root === null) return {};
  if (!isMap(root)) throw new ConfigError(file, 1, 'the config must be a mapping of `key: value`');

  const input: SettingsInput = {};
  for (const pair of root.items) {
    const keyNode = pair.key as YamlNode;
    const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const valueNode = pair.value as YamlNode | null;
    const value = valueNode ? valueNode.toJSON() : null;
    const line = lineOf(keyNode);
    const fail = (message: string): never => {
      throw new ConfigError(file, line, message);
    };
    switch (key) {
      case 'preset':
        if (typeof value !== 'string' || !isPresetName(value)) fail(`preset must be one of jekyll, hugo, hexo, astro, markdown (got ${JSON.stringify(value)})`);
        input.preset = value;
        break;
      case 'lang':
        if (typeof value !== 'string' || !isLang(value)) fail(`lang must be en or ko (got ${JSON.stringify(value)})`);
        input.lang = value;
        break;
      case 'paths':
      case 'ignore':
      case 'required': {
        const list = typeof value === 'string' ? [value] : value;
        if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' && item.trim() !== '')) fail(`${key} must be a list of strings`);
        if (key !== 'required') {
          (list as string[]).forEach((pattern, index) => {
            const problem = globProblem(pattern);
            const itemNode = isSeq(valueNode) ? (valueNode.items[index] as YamlNode | undefined) : valueNode;
            if (problem) throw new ConfigError(file, lineOf(itemNode), `${key}: pattern \`${pattern.length > 80 ? pattern.slice(0, 80) + '…' : pattern}\` ${problem}`);
          });
        }
        if (key === 'paths') input.posts = list;
        else if (key === 'ignore') input.ignore = list;
        else input.requiredKeys = list;
        break;
      }
      case 'max-file-size':
        input.maxFileSize = parseSize(value) ?? fail(`max-file-size must be a number of bytes or a size like 512KB or 2MB (got ${JSON.stringify(value)})`);
        break;
      case 'rules':
        input.rules = parseRules(ruleById, file, valueNode, lineOf);
        break;
      default:
        fail(`unknown key \`${key}\`; known keys: ${TOP_LEVEL_KEYS.join(', ')}`);
    }
  }
  return input;
}

function parseRules(ruleById: ReadonlyMap<string, RuleDefaults>, file: string, node: YamlNode | null, lineOf: (node: YamlNode | null | undefined) => number): SettingsInput['rules'] {
  const rules: NonNullable<SettingsInput['rules']> = {};
  if (node === null || (isScalar(node) && node.value === null)) return rules;
  if (!isMap(node)) throw new ConfigError(file, lineOf(node), 'rules must be a mapping of rule id to a severity (error, warning, off)');
  for (const pair of node.items) {
    const keyNode = pair.key as YamlNode;
    const id = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const line = lineOf(keyNode);
    if (!ruleById.has(id)) throw new ConfigError(file, line, `unknown rule \`${id}\`${suggest(id, ruleById.keys())}`);
    const valueNode = pair.value as YamlNode | null;
    const value = valueNode?.toJSON() ?? null;
    const severity = toSeverity(value);
    if (severity) {
      rules[id] = { severity };
    } else if (value && typeof value === 'object' && !Array.isArray(value) && isMap(valueNode)) {
      rules[id] = parseRuleOptions(ruleById.get(id)!.options, file, id, valueNode, lineOf);
    } else {
      throw new ConfigError(file, line, `rule \`${id}\`: use error, warning or off (got ${JSON.stringify(value)})`);
    }
  }
  return rules;
}

/** `{ severity, ...options }` of one rule, each option checked against the rule's declared schema. */
function parseRuleOptions(schema: RuleDefaults['options'], file: string, id: string, node: YAMLMap, lineOf: (node: YamlNode | null | undefined) => number): NonNullable<SettingsInput['rules']>[string] {
  const result: NonNullable<SettingsInput['rules']>[string] = {};
  const options: Record<string, unknown> = {};
  for (const pair of node.items) {
    const keyNode = pair.key as YamlNode;
    const name = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
    const valueNode = pair.value as YamlNode | null;
    const value = valueNode?.toJSON() ?? null;
    if (name === 'severity') {
      const parsed = toSeverity(value);
      if (!parsed) throw new ConfigError(file, lineOf(keyNode), `rule \`${id}\`: severity must be error, warning or off (got ${JSON.stringify(value)})`);
      result.severity = parsed;
      continue;
    }
    const option = Object.hasOwn(schema, name) ? schema[name]! : undefined;
    if (!option) throw new ConfigError(file, lineOf(keyNode), unknownOption(id, name, schema));
    const problem = checkOptionValue(id, name, option, value);
    if (problem) throw new ConfigError(file, problemLine(problem.at, keyNode, valueNode, lineOf), problem.message);
    options[name] = option.type === 'string-list' && typeof value === 'string' ? [value] : value;
  }
  return Object.keys(options).length > 0 || result.severity === undefined ? { ...result, options } : result;
}

/** The line of the option, or of the list item or mapping entry inside its value that is wrong. */
function problemLine(at: OptionProblem['at'], keyNode: YamlNode, valueNode: YamlNode | null, lineOf: (node: YamlNode | null | undefined) => number): number {
  if (at !== 'key' && 'item' in at && isSeq(valueNode)) return lineOf(valueNode.items[at.item] as YamlNode);
  if (at !== 'key' && 'entry' in at && isMap(valueNode)) return lineOf(valueNode.items[at.entry]!.key as YamlNode);
  return lineOf(keyNode);
}

function toSeverity(value: unknown): SeveritySetting | undefined {
  if (value === false || value === 'off' || value === 0) return 'off';
  if (value === 'warning' || value === 'warn' || value === 1) return 'warning';
  if (value === 'error' || value === 2 || value === true) return 'error';
  return undefined;
}

/** Glob limits: beyond them picomatch's regex backtracks for minutes on a long file name. */
export const GLOB_LIMITS = { starsPerSegment: 2, groups: 6, length: 500 };

// Why a `paths`/`ignore` glob is refused, or undefined. `_posts/**/*a*a*a*a*a*a*a*a*b.md` took
// minutes against one long file name: each `*` in a path segment multiplies the work by the name's
// length, and each `{a,aa}` group doubles it.
export function globProblem(pattern: string): string | undefined {
  if (pattern.length > GLOB_LIMITS.length) return `is longer than ${GLOB_LIMITS.length} characters`;
  for (const segment of pattern.split('/')) {
    if (segment === '**') continue;
    const stars = segment.replace(/\*\*+/g, '*').split('*').length - 1;
    if (stars > GLOB_LIMITS.starsPerSegment) return `has ${stars} \`*\` in one path segment; at most ${GLOB_LIMITS.starsPerSegment} are allowed (more make matching a long file name take minutes)`;
  }
  const groups = (pattern.match(/[{(]/g) ?? []).length;
  if (groups > GLOB_LIMITS.groups) return `has ${groups} \`{…}\`/\`(…)\` groups; at most ${GLOB_LIMITS.groups} are allowed (more make matching a long file name take minutes)`;
  return undefined;
}

export function parseSize(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value > 0) return value;
  if (typeof value !== 'string') return undefined;
  const match = /^(\d+(?:\.\d+)?)\s*(b|kb|kib|mb|mib)?$/i.exec(value.trim());
  if (!match) return undefined;
  const unit = (match[2] ?? 'b').toLowerCase();
  const factor = unit === 'b' ? 1 : unit.startsWith('k') ? 1024 : 1024 * 1024;
  const bytes = Math.round(Number(match[1]) * factor);
  return bytes > 0 ? bytes : undefined;
}

function suggest(id: string, ids: Iterable<string>): string {
  return didYouMean(id, ids);
}
