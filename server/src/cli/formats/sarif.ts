import { sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES } from '../../core/rules';
import type { Severity } from '../../protocol/diagnostics';
import type { FileReport, ReportedPlace } from './report';
import { inertJson } from './visible';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const SOURCE_ROOT = '%SRCROOT%';
const LEVELS: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

/**
 * A SARIF 2.1.0 log of one run: every rule with its description and default level, and a result per problem located
 * relative to the current folder (`%SRCROOT%`). Columns count UTF-16 code units, as the editor's do.
 */
export function formatSarif(reports: FileReport[], { cwd }: { cwd: string }): string {
  const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
  const results = reports.flatMap(({ file, diagnostics }) =>
    diagnostics.map((d) => ({
      ruleId: d.code,
      ...(ruleIndex.has(d.code) ? { ruleIndex: ruleIndex.get(d.code) } : {}),
      level: LEVELS[d.severity],
      message: { text: d.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifact(file),
            region: { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn },
          },
        },
      ],
      ...(d.related.length ? { relatedLocations: d.related.map(relatedLocation) } : {}),
      properties: { severity: d.severity, fixes: d.fixes },
    })),
  );
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'paper-digest',
            rules: RULES.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              defaultConfiguration: { level: LEVELS[rule.severity] },
            })),
          },
        },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: pathToFileURL(cwd).href.replace(/\/?$/, '/') } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${inertJson(JSON.stringify(log, null, 2))}\n`;
}

function relatedLocation(place: ReportedPlace, id: number) {
  return {
    id,
    physicalLocation: {
      artifactLocation: artifact(place.file),
      region: { startLine: place.line, startColumn: place.column },
    },
    message: { text: place.message },
  };
}

/**
 * A path relative to the current folder as a URI reference: `/`-separated, each segment percent-encoded. Only the
 * system's separators separate: on Linux and macOS a backslash is part of a file's name (`%5C`).
 */
function artifact(file: string, separator = sep) {
  const segments = separator === '\\' ? file.split(/[\\/]/) : file.split('/');
  return { uri: segments.map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}
