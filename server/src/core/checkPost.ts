import { isDigest } from './digestFiles';
import type { DigestModel } from './model';
import { DEFAULT_SCHEMA } from './schema';
import { validateModel, type RuleScope, type ValidationOptions, type ValidationResult } from './validate';

/** How a post is checked: the validation options, and where it is, which with the globs decides whether it is a digest. */
export interface PostCheckOptions extends ValidationOptions {
  /** `paperDigest.files`: globs of files that are digests when they hold papers. */
  globs: string[];
}

export interface PostCheck extends ValidationResult {
  /** False for markdown files that are not digest posts: they get no diagnostics. */
  isDigest: boolean;
}

/** Whether the post is a digest and, when it is, its diagnostics from the rules of `scope`. */
export function checkPost(model: DigestModel, options: PostCheckOptions, scope: RuleScope = 'all'): PostCheck {
  const digest = isDigest(model, options.relativePath, {
    schema: options.schema ?? DEFAULT_SCHEMA,
    globs: options.globs,
  });
  return { model, isDigest: digest, diagnostics: digest ? validateModel(model, options, scope).diagnostics : [] };
}
