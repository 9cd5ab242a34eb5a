// The language server in a web worker (github.dev, vscode.dev), started by client/src/browser/extension.ts; the same
// bundle serves the server's jobs in the workers it starts (webJobs.ts).
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { startServer } from '../startServer';
import { jobWorkerSetup, serveWebJobs } from './webJobs';
import { WEB_PLATFORM } from './webPlatform';

/** The worker's global scope (the project's types are Node's, without the DOM's). */
declare const self: ConstructorParameters<typeof BrowserMessageReader>[0];

const jobWorker = jobWorkerSetup();
if (jobWorker) serveWebJobs(jobWorker);
else startServer(createConnection(new BrowserMessageReader(self), new BrowserMessageWriter(self)), WEB_PLATFORM);
