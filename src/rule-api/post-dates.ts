// Which frontmatter keys hold dates, and the parsed `date` of a post, shared by the date rules.
import type { LintContext } from './context.js';
import { parsePostDate, timeZoneOffsetMinutes, type PostDate } from '../post/dates.js';
import { findEntry, isBlank } from './entries.js';
import type { FrontmatterEntry } from '../post/frontmatter.js';

export const DATE_KEYS = ['date', 'last_modified_at', 'lastmod', 'updated', 'publishDate', 'expiryDate', 'pubDate', 'updatedDate'];

export function siteOffsetMinutes(context: LintContext): number {
  return context.site.timeZone ? (timeZoneOffsetMinutes(context.site.timeZone, context.settings.now) ?? 0) : 0;
}

export function postDate(context: LintContext): { entry: FrontmatterEntry; date: PostDate } | undefined {
  const entry = findEntry(context, 'date');
  if (!entry || isBlank(entry.value)) return undefined;
  const parsed = parsePostDate(entry.value, siteOffsetMinutes(context));
  return parsed.ok ? { entry, date: parsed.date } : undefined;
}
