// Types of scripts/vscode-host.mjs for the TypeScript suites that import it (test/e2e); see its header.
import type { EventEmitter } from 'node:events';
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface HostOptions {
  folder: string;
  vsixPath?: string;
  extensionDevelopmentPath?: string;
  extensionTestsPath?: string;
  /** Run extensionDevelopmentPath (and extensionTestsPath, inside it) in the web worker extension host. */
  webWorker?: boolean;
  settings?: Record<string, unknown>;
  startupTimeoutMs?: number;
  logsDir?: string;
  viewport?: { width: number; height: number };
  onLog?: (line: string) => void;
  onAutomationLog?: (level: string, message: string) => void;
  events?: EventEmitter;
}

export interface HostLogs {
  codeServer: string[];
  console: string[];
  automation: string[];
  tail(lines?: number): string;
}

export interface Host {
  page: Page;
  browser: Browser;
  context: BrowserContext;
  url: string;
  port: number;
  dirs: { root: string; userData: string; extensions: string };
  logs: HostLogs;
  events: EventEmitter;
  stop(): Promise<void>;
}

export const TOOLS_DIR: string;
export const DEFAULT_SETTINGS: Readonly<Record<string, unknown>>;
export function startHost(options: HostOptions): Promise<Host>;
export function workbenchUrl(port: number, folder: string, payload?: [string, string][]): string;
export function runExtensionTests(options: {
  extensionDevelopmentPath: string;
  extensionTestsPath: string;
  folder: string;
  timeoutMs?: number;
  settings?: Record<string, unknown>;
  webWorker?: boolean;
  logsDir?: string;
}): Promise<number>;
