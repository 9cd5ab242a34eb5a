import type { FileReport } from './report';
import { inertJson } from './visible';

export function formatJson(reports: FileReport[]): string {
  return `${inertJson(JSON.stringify(reports, null, 2))}\n`;
}
