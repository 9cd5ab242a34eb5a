import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { budgetOptimization } from '../jobs/optimizationBudget';
import { NODE_PLATFORM } from './nodePlatform';
import { startServer } from './startServer';
import { stdioConnection } from './stdio';

budgetOptimization();
startServer(
  process.argv.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all),
  NODE_PLATFORM,
);
