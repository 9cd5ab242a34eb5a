import * as l10n from '@vscode/l10n';
import type { DigestModel } from './model';
import { paperTitle } from './outline';
import type { Span } from './span';

/** A URL in the post that opens a paper: where it is written, where it leads and what to say about it. */
export interface PaperLink {
  span: Span;
  target: string;
  tooltip: string;
}

/** Each paper's arXiv link and alphaXiv link, where their URLs are written. */
export function paperLinks(model: DigestModel): PaperLink[] {
  return model.papers.flatMap((paper) => {
    const { link, arxivId } = paper.heading;
    const links: PaperLink[] = [];
    if (link?.urlSpan && arxivId) {
      links.push({
        span: link.urlSpan,
        target: link.url,
        tooltip: l10n.t('arXiv {0}: {1}', arxivId.value, paperTitle(model.text, paper)),
      });
    }
    const alphaxiv = paper.alphaxiv;
    if (alphaxiv?.urlSpan && alphaxiv.id) {
      const language = alphaxiv.language ? ` (${alphaxiv.language.value})` : '';
      links.push({
        span: alphaxiv.urlSpan,
        target: alphaxiv.url,
        tooltip: l10n.t('alphaXiv overview of {0}{1}', alphaxiv.id.value, language),
      });
    }
    return links;
  });
}
