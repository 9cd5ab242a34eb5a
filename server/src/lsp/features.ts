import { codeActionsFeature } from './codeActions';
import { diagnosticsFeature } from './diagnostics';
import type { Feature } from './feature';

/** Every feature the server offers; each lives in its own module. */
export const FEATURES: Feature[] = [
  diagnosticsFeature,
  codeActionsFeature,
];
