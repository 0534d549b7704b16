import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { GraphData } from '../graph/types.js';
import {
  compareDataPaths,
  compareText,
  DATA_FOLDERS,
  dataFolderOf,
  OPTIONAL_FOLDERS,
  isIgnoredName,
  unexpectedFileProblem,
} from './data-layout.js';
import { fileTooLargeProblem } from './decode-data-file.js';
import { GraphDataError, type DataProblem } from './errors.js';
import { validateGraphData } from './validate-graph-data.js';
import { projectFile } from '../project-files.js';

/** One file of graph-data/ as bytes; `path` is relative to graph-data/, POSIX ("entities/countries.yaml"). */
export interface DataFile {
  path: string;
  bytes: Uint8Array;
}

export interface GraphDataOptions {
  /** Files larger than this are refused without being read. Default 1 MiB. */
  maxFileBytes?: number;
}

export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;

/** The repository's graph-data/ folder, the same whether this runs from src/ (tsx, vitest) or dist/. */
export const DEFAULT_DATA_DIR = fileURLToPath(projectFile('graph-data'));

/**
 * Validates graph-data/ given as bytes and returns it, sorted by key so that the graph never
 * depends on file order. Pure: no I/O.
 *
 * @throws GraphDataError listing every problem found, each with its file, entry key and field.
 */
export function parseGraphData(files: DataFile[], options: GraphDataOptions = {}): GraphData {
  const { data, problems } = validateGraphData(files, maxFileBytesOf(options));
  if (problems.length > 0) throw new GraphDataError(problems);
  return data;
}

/** The files of a data folder as read, before validation, with the problems reading met. */
export interface ReadDataFiles {
  files: DataFile[];
  problems: DataProblem[];
  /** Files found but not read (too large, unreadable): citing them is not citing something absent. */
  unread: string[];
}

/**
 * Reads sources/*.md, entities/*.yaml, relations/*.yaml and coverage/*.yaml (or .yml) under
 * `dir` without validating them; coverage/ may be missing. A missing folder or a file of the wrong type in one of them is a problem;
 * dotfiles (.gitkeep) are ignored. Sizes are checked before reading, so an oversized file is
 * never loaded into memory.
 *
 * @throws GraphDataError when `dir` itself is not a folder.
 */
export async function readDataFiles(dir: string, options: GraphDataOptions = {}): Promise<ReadDataFiles> {
  const maxFileBytes = maxFileBytesOf(options);
  const problems: DataProblem[] = [];
  const files: DataFile[] = [];
  const unread: string[] = [];

  const dirInfo = await stat(dir).catch(() => null);
  if (dirInfo === null || !dirInfo.isDirectory()) {
    const message =
      dirInfo === null
        ? 'graph-data folder not found'
        : 'is not a folder: the graph data is a folder of YAML files';
    throw new GraphDataError([{ file: dir, key: null, field: null, message }]);
  }

  for (const folder of DATA_FOLDERS) {
    const folderPath = join(dir, folder);
    const names = await readdir(folderPath).catch((error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && OPTIONAL_FOLDERS.has(folder)) return [] as string[];
      const reason =
        code === 'ENOENT'
          ? 'folder is missing'
          : code === 'ENOTDIR'
            ? 'is not a folder'
            : `cannot be read: ${String(error)}`;
      problems.push({ file: `${folder}/`, key: null, field: null, message: reason });
      return [] as string[];
    });
    for (const name of names.sort(compareText)) {
      if (isIgnoredName(name)) continue;
      const path = `${folder}/${name}`;
      const unreadable = (problem: DataProblem) => {
        problems.push(problem);
        unread.push(path);
      };
      if (dataFolderOf(path) === null) {
        problems.push(unexpectedFileProblem(path));
        continue;
      }
      const info = await stat(join(folderPath, name)).catch(() => null);
      if (info === null) {
        // A dangling symlink, or a file removed while we were listing the folder.
        unreadable({ file: path, key: null, field: null, message: 'cannot be read' });
        continue;
      }
      if (!info.isFile()) {
        problems.push({ file: path, key: null, field: null, message: 'is not a regular file' });
        continue;
      }
      if (info.size > maxFileBytes) {
        unreadable(fileTooLargeProblem(path, info.size, maxFileBytes));
        continue;
      }
      const bytes = await readFile(join(folderPath, name)).catch(() => null);
      if (bytes === null) {
        unreadable({ file: path, key: null, field: null, message: 'cannot be read' });
        continue;
      }
      files.push({ path, bytes });
    }
  }
  return { files, problems, unread };
}

/**
 * Validates files read by {@link readDataFiles}, reporting the problems of reading and of
 * validating together, sorted by file.
 *
 * @throws GraphDataError listing every problem found.
 */
export function validateDataFiles(read: ReadDataFiles, options: GraphDataOptions = {}): GraphData {
  const result = validateGraphData(read.files, maxFileBytesOf(options), read.unread);
  const all = [...read.problems, ...result.problems].sort((a, b) => compareDataPaths(a.file, b.file));
  if (all.length > 0) throw new GraphDataError(all);
  return result.data;
}

/**
 * Reads and validates graph-data/ under `dir`: {@link readDataFiles}, then
 * {@link validateDataFiles}.
 *
 * @throws GraphDataError listing every problem found, those of reading and of validating together.
 */
export async function loadGraphData(dir: string, options: GraphDataOptions = {}): Promise<GraphData> {
  return validateDataFiles(await readDataFiles(dir, options), options);
}

function maxFileBytesOf(options: GraphDataOptions): number {
  const max = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (!(max > 0)) throw new RangeError(`maxFileBytes must be a positive number of bytes, got ${max}`);
  return max;
}
