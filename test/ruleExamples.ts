// Runs a rule's documented examples as the language server would check them: for the examples test and the rule docs.
import { parseDigest } from '../server/src/core/parseDigest';
import { summarizeModel } from '../server/src/core/postSummary';
import { EXAMPLE_SITE } from '../server/src/core/rules/examples';
import type { PostSite, Rule, RuleExample } from '../server/src/core/rules/rule';
import { abandonedModel } from '../server/src/core/repeatedMarkup';
import { validateDigest, validateModel, type DigestDiagnostic } from '../server/src/core/validate';
import { WorkspaceIndex } from '../server/src/workspace/workspaceIndex';

const uriOf = (fileName: string) => `file:///blog/_posts/${fileName}`;
/** The name of the blog's post the examples are made of, for those that name no file. */
const EXAMPLE_FILE = '2025-10-31-daily-papers.md';

/** The example site's facts, with the example's own, and where the example's post is in it. */
export function exampleSite(example: RuleExample): PostSite {
  return { facts: { ...EXAMPLE_SITE, ...example.site }, path: `_posts/${example.fileName ?? EXAMPLE_FILE}` };
}

/** The rule's diagnostics on the example, its earlier posts in the workspace index. */
export function checkExample(rule: Rule, example: RuleExample): DigestDiagnostic[] {
  const index = new WorkspaceIndex();
  for (const [fileName, text] of Object.entries(example.earlierPosts ?? {}))
    index.set(uriOf(fileName), summarizeModel(parseDigest(text), fileName, `_posts/${fileName}`));
  const uri = uriOf(example.fileName ?? EXAMPLE_FILE);
  const options = {
    fileName: example.fileName,
    maxLength: example.maxFileSize,
    digestedElsewhere: index.lookupFor(uri),
    sitePosts: index.sitePostsFor(uri, exampleSite(example).facts, () => true),
    site: exampleSite(example),
  };
  const { diagnostics } = example.abandoned
    ? validateModel(abandonedModel(example.text), options)
    : validateDigest(example.text, options);
  return diagnostics.filter((diagnostic) => diagnostic.ruleId === rule.id);
}
