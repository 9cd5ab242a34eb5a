// Problems the checker reports, marked on the block they are on (an outline and a tooltip); the content itself and
// the layout stay as they are.
import type { PreviewProblem } from '../../server/src/protocol';
import { BlocksByLine } from './lines';

const MARKS = ['pd-problem', 'pd-problem-error', 'pd-problem-warning'];
const MESSAGE = 'data-pd-problem';

export class ProblemMarks {
  private problems: PreviewProblem[] = [];

  show(problems: PreviewProblem[]): void {
    this.problems = problems;
    this.mark();
  }

  /** Marks the page again (after its blocks changed). */
  mark(): void {
    for (const marked of document.querySelectorAll(`[${MESSAGE}]`)) {
      marked.classList.remove(...MARKS);
      const title = marked.getAttribute(MESSAGE) ?? '';
      if (title) marked.setAttribute('title', title);
      else marked.removeAttribute('title');
      marked.removeAttribute(MESSAGE);
    }
    const blocks = new BlocksByLine();
    for (const problem of this.problems) {
      const block = blocks.at(problem.line);
      if (!block || problem.severity === 'hint') continue;
      if (!block.hasAttribute(MESSAGE)) block.setAttribute(MESSAGE, block.title);
      block.classList.add('pd-problem', problem.severity === 'error' ? 'pd-problem-error' : 'pd-problem-warning');
      block.title = block.title ? `${block.title}\n${problem.message}` : problem.message;
    }
  }
}
