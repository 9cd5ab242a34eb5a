import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { NODE_PLATFORM } from './nodePlatform';
import { startServer } from './startServer';
import { stdioConnection } from './stdio';

startServer(
  process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all),
  NODE_PLATFORM,
);
