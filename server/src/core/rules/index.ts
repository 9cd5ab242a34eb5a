import { alphaxivId } from './alphaxivId';
import { alphaxivLanguage } from './alphaxivLanguage';
import { alphaxivMissing } from './alphaxivMissing';
import { alreadyDigested } from './alreadyDigested';
import { arxivId } from './arxivId';
import { dateMismatch } from './dateMismatch';
import { duplicatePaper } from './duplicatePaper';
import { fileTooLarge } from './fileTooLarge';
import { frontmatterDate } from './frontmatterDate';
import { frontmatterLayout } from './frontmatterLayout';
import { frontmatterLists } from './frontmatterLists';
import { frontmatterMissing } from './frontmatterMissing';
import { frontmatterTitle } from './frontmatterTitle';
import { frontmatterYaml } from './frontmatterYaml';
import { hiddenHtml } from './hiddenHtml';
import { introBulletEmpty } from './introBulletEmpty';
import { introBullets } from './introBullets';
import { introUnlabeled } from './introUnlabeled';
import { liquidBlock } from './liquidBlock';
import { liquidInclude } from './liquidInclude';
import { liquidOutput } from './liquidOutput';
import { liquidSyntax } from './liquidSyntax';
import { paperHeading } from './paperHeading';
import { paperNumbering } from './paperNumbering';
import { permalinkConflict } from './permalinkConflict';
import { postFileName } from './postFileName';
import { postFuture } from './postFuture';
import { postUnpublished } from './postUnpublished';
import type { Rule } from './rule';
import { sectionDuplicate } from './sectionDuplicate';
import { sectionEmpty } from './sectionEmpty';
import { sectionMissing } from './sectionMissing';
import { sectionOrder } from './sectionOrder';
import { sectionPlaceholder } from './sectionPlaceholder';
import { sectionUnknown } from './sectionUnknown';
import { titleSpacing } from './titleSpacing';
import { tooComplex } from './tooComplex';

/** Every built-in rule, in the order their diagnostics are listed. */
export const RULES: readonly Rule[] = [
  tooComplex,
  fileTooLarge,
  frontmatterMissing,
  frontmatterYaml,
  frontmatterLayout,
  frontmatterTitle,
  frontmatterDate,
  dateMismatch,
  postFileName,
  postUnpublished,
  postFuture,
  permalinkConflict,
  frontmatterLists,
  paperHeading,
  paperNumbering,
  arxivId,
  duplicatePaper,
  alreadyDigested,
  titleSpacing,
  alphaxivMissing,
  alphaxivId,
  alphaxivLanguage,
  sectionMissing,
  sectionDuplicate,
  sectionOrder,
  sectionEmpty,
  sectionUnknown,
  sectionPlaceholder,
  introBullets,
  introBulletEmpty,
  introUnlabeled,
  hiddenHtml,
  liquidSyntax,
  liquidInclude,
  liquidOutput,
  liquidBlock,
];
