/** The `source` of every diagnostic the server publishes, which the client uses to pick out its own. */
export const DIAGNOSTIC_SOURCE = 'paper-digest';

/** The severities a rule can have, most severe first; `paperDigest.rules` also takes `off`. */
export const SEVERITIES = ['error', 'warning', 'information', 'hint'] as const;

export type Severity = (typeof SEVERITIES)[number];
