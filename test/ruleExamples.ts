// Runs a rule's documented examples as the language server would check them: for the examples test and the rule docs.
import { parseDigest } from '../server/src/core/parseDigest';
import { summarizeModel } from '../server/src/core/postSummary';
import type { Rule, RuleExample } from '../server/src/core/rules/rule';
import { abandonedModel } from '../server/src/core/repeatedMarkup';
import { validateDigest, validateModel, type DigestDiagnostic } from '../server/src/core/validate';
import { WorkspaceIndex } from '../server/src/workspace/workspaceIndex';

const uriOf = (fileName: string) => `file:///blog/_posts/${fileName}`;

/** The rule's diagnostics on the example, its earlier posts in the workspace index. */
export function checkExample(rule: Rule, example: RuleExample): DigestDiagnostic[] {
  const index = new WorkspaceIndex();
  for (const [fileName, text] of Object.entries(example.earlierPosts ?? {}))
    index.set(uriOf(fileName), summarizeModel(parseDigest(text), fileName));
  const options = {
    fileName: example.fileName,
    maxLength: example.maxFileSize,
    digestedElsewhere: index.lookupFor(uriOf(example.fileName ?? 'example.md')),
  };
  const { diagnostics } = example.abandoned
    ? validateModel(abandonedModel(example.text), options)
    : validateDigest(example.text, options);
  return diagnostics.filter((diagnostic) => diagnostic.ruleId === rule.id);
}
