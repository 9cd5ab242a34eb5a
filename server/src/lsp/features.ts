import { arxivCommandsFeature } from './arxivCommands';
import { codeActionsFeature } from './codeActions';
import { completionFeature } from './completion';
import { diagnosticsFeature } from './diagnostics';
import type { Feature } from './feature';
import { newPostFeature } from './newPostCommand';
import { paperCommandsFeature } from './paperCommands';

/** Every feature the server offers; each lives in its own module. */
export const FEATURES: Feature[] = [
  diagnosticsFeature,
  codeActionsFeature,
  completionFeature,
  paperCommandsFeature,
  arxivCommandsFeature,
  newPostFeature,
];
