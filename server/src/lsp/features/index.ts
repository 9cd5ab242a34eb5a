import { arxivCommandsFeature } from './arxivCommands';
import { codeActionsFeature } from './codeActions';
import { completionFeature } from './completion';
import { diagnosticsFeature } from './diagnostics';
import { documentLinksFeature } from './documentLinks';
import { documentSymbolsFeature } from './documentSymbols';
import type { Feature } from '../feature';
import { foldingRangesFeature } from './foldingRanges';
import { hoverFeature } from './hover';
import { newPostFeature } from './newPost';
import { paperCommandsFeature } from './paperCommands';
import { renderFeature } from './render';
import { workspaceDiagnosticsFeature } from './workspaceDiagnostics';
import { workspaceIndexingFeature } from './workspaceIndexing';
import { workspaceSymbolsFeature } from './workspaceSymbols';

/** Every feature the server offers; each lives in its own module. */
export const FEATURES: Feature[] = [
  diagnosticsFeature,
  codeActionsFeature,
  completionFeature,
  paperCommandsFeature,
  arxivCommandsFeature,
  newPostFeature,
  workspaceIndexingFeature,
  workspaceDiagnosticsFeature,
  documentSymbolsFeature,
  foldingRangesFeature,
  documentLinksFeature,
  hoverFeature,
  workspaceSymbolsFeature,
  renderFeature,
];
