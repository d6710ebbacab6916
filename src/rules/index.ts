// The ordered registry: every rule, ours and remark-lint's, in the order a reader scans them.
// A new rule is one module plus one line here.
import type { Rule, RuleMeta } from '../rule-api/rule.js';
import postUnpublished from './post-unpublished.js';
import frontmatterMissing from './frontmatter-missing.js';
import frontmatterSyntax from './frontmatter-syntax.js';
import frontmatterExecutable from './frontmatter-executable.js';
import requiredKeys from './required-keys.js';
import frontmatterSchema from './frontmatter-schema.js';
import emptyValue from './empty-value.js';
import keyCase from './key-case.js';
import dateInvalid from './date-invalid.js';
import dateTimezone from './date-timezone.js';
import dateFuture from './date-future.js';
import postExpired from './post-expired.js';
import draftIgnored from './draft-ignored.js';
import dateFilenameMismatch from './date-filename-mismatch.js';
import permalinkChanged from './permalink-changed.js';
import permalinkCollision from './permalink-collision.js';
import taxonomyKey from './taxonomy-key.js';
import taxonomyType from './taxonomy-type.js';
import tagsNormalize from './tags-normalize.js';
import tagsVocabulary from './tags-vocabulary.js';
import titleHeadingDuplicate from './title-heading-duplicate.js';
import emphasisUnrendered from './emphasis-unrendered.js';
import templateInCode from './template-in-code.js';
import liquidSyntax from './liquid-syntax.js';
import frontmatterKeyTypo from './frontmatter-key-typo.js';
import wikiEmbed from './wiki-embed.js';
import bodyH1 from './body-h1.js';
import postUnfinished from './post-unfinished.js';
import linkTagTarget from './link-tag-target.js';
import linkTarget from './link-target.js';
import imageAltMissing from './image-alt-missing.js';
import imageAltPlaceholder from './image-alt-placeholder.js';
import imageFileUrl from './image-file-url.js';
import imageLocalPath from './image-local-path.js';
import imageOutsideRepo from './image-outside-repo.js';
import imageMissing from './image-missing.js';
import imageUrlStyle from './image-url-style.js';
import imageInsecure from './image-insecure.js';
import imageHotlink from './image-hotlink.js';
import { remarkLintRules } from './remark-lint.js';
import fileUnreadable from './file-unreadable.js';
import fileTooComplex from './file-too-complex.js';

/** Every rule, in the order a reader scans them (and the order their problems are found in). */
export const allRules: Rule[] = [
  fileUnreadable,
  fileTooComplex,
  postUnpublished,
  frontmatterMissing,
  frontmatterSyntax,
  frontmatterExecutable,
  requiredKeys,
  frontmatterSchema,
  emptyValue,
  keyCase,
  frontmatterKeyTypo,
  dateInvalid,
  dateTimezone,
  dateFuture,
  postExpired,
  draftIgnored,
  dateFilenameMismatch,
  permalinkChanged,
  permalinkCollision,
  taxonomyKey,
  taxonomyType,
  tagsNormalize,
  tagsVocabulary,
  titleHeadingDuplicate,
  emphasisUnrendered,
  liquidSyntax,
  templateInCode,
  bodyH1,
  postUnfinished,
  wikiEmbed,
  linkTagTarget,
  linkTarget,
  imageAltMissing,
  imageAltPlaceholder,
  imageFileUrl,
  imageLocalPath,
  imageOutsideRepo,
  imageMissing,
  imageUrlStyle,
  imageInsecure,
  imageHotlink,
  ...remarkLintRules,
];


export const ruleById = new Map<string, Rule>(allRules.map((rule) => [rule.id, rule]));
