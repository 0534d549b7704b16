/**
 * `npm run export -- --format gexf|nt|jsonld|cypher [--out FILE]`: writes the graph in that
 * format to FILE, or to stdout. Reads graph-data/, or the folder in GRAPH_DATA_DIR as the
 * server does. A bad flag exits with code 2, invalid data with code 1.
 */
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { openKnowledgeGraph } from './load/open-graph.js';
import { GraphDataError } from './load/errors.js';
import { fromWorkingFolder } from './project-files.js';
import { EXPORT_FORMATS, exportFormatNamed, renderExport, type ExportFormat } from './export/formats.js';

const FORMAT_NAMES = EXPORT_FORMATS.map((candidate) => candidate.name).join('|');
const USAGE =
  `Usage: npm run export -- --format ${FORMAT_NAMES} [--out FILE]\n` +
  EXPORT_FORMATS.map((candidate) => `  ${candidate.name.padEnd(7)} ${candidate.description}`).join('\n') +
  '\nWithout --out the export goes to stdout.';

class UsageError extends Error {}

const WRITE_PROBLEMS: Record<string, string> = {
  ENOENT: 'its folder does not exist',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
};

/** The export could not be written where --out says: one line naming the file and why. */
class OutputError extends Error {
  constructor(path: string, cause: NodeJS.ErrnoException) {
    super(
      `cannot write ${path}: ${WRITE_PROBLEMS[cause.code ?? ''] ?? cause.message} (${cause.code ?? 'error'})`,
    );
  }
}

function readArguments(args: string[]): { format: ExportFormat; out: string | null } | 'help' {
  let values: { format?: string; out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    // parseArgs says which flag is wrong ("Unknown option '--formt'"); pass that on.
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return 'help';
  if (values.format === undefined) throw new UsageError('--format is required');
  const format = exportFormatNamed(values.format);
  if (!format)
    throw new UsageError(
      `unknown format "${values.format}"; the formats are ${FORMAT_NAMES.replaceAll('|', ', ')}`,
    );
  if (values.out === '') throw new UsageError('--out needs a file name');
  return { format, out: values.out ?? null };
}

async function main(): Promise<void> {
  let request: ReturnType<typeof readArguments>;
  try {
    request = readArguments(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`export: ${error.message}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (request === 'help') {
    console.log(USAGE);
    return;
  }
  const dataDir = process.env.GRAPH_DATA_DIR?.trim();
  const kg = await openKnowledgeGraph(dataDir ? fromWorkingFolder(dataDir) : undefined);
  const text = renderExport(kg, request.format);
  if (request.out === null) {
    // A reader that stops early (`| head`) closes the pipe: that is not an error.
    process.stdout.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error;
    });
    process.stdout.write(text);
  } else {
    const out = fromWorkingFolder(request.out);
    try {
      await writeFile(out, text, 'utf8');
    } catch (error) {
      throw new OutputError(out, error as NodeJS.ErrnoException);
    }
    console.error(`export: wrote ${Buffer.byteLength(text)} bytes of ${request.format.name} to ${out}`);
  }
}

main().catch((error: unknown) => {
  if (error instanceof GraphDataError) console.error(`export: the graph data is invalid.\n${error.message}`);
  else if (error instanceof OutputError) console.error(`export: ${error.message}`);
  else console.error(error);
  process.exitCode = 1;
});
