/** The label of the completion that writes a whole paper entry, and the static snippet's prefix. */
export const PAPER_LABEL = 'paper';

/** The prefix of the static snippet that writes a whole new post. */
export const DIGEST_PREFIX = 'digest';
