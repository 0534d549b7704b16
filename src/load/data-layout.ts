import type { DataProblem } from './errors.js';

/**
 * Where things live in graph-data/: which folders the loader reads and which file names each
 * may hold. Paths are relative to graph-data/ with POSIX separators.
 */

export type DataFolder = 'sources' | 'entities' | 'relations' | 'coverage';

/**
 * In reading order: quotes need the sources, relations need the entities, coverage notes need
 * every citation.
 */
export const DATA_FOLDERS: readonly DataFolder[] = ['sources', 'entities', 'relations', 'coverage'];

/** Folders a data set may leave out: coverage notes are optional. */
export const OPTIONAL_FOLDERS: ReadonlySet<DataFolder> = new Set(['coverage']);

const EXTENSIONS: Record<DataFolder, readonly string[]> = {
  sources: ['.md'],
  entities: ['.yaml', '.yml'],
  relations: ['.yaml', '.yml'],
  coverage: ['.yaml', '.yml'],
};

/**
 * The folder a data path belongs to, or null for anything the loader does not read: a file
 * outside the three folders, in a subfolder, or with the wrong extension for its folder.
 */
export function dataFolderOf(path: string): DataFolder | null {
  const [folder, name, ...rest] = path.split('/');
  if (name === undefined || rest.length > 0) return null;
  const match = DATA_FOLDERS.find((candidate) => candidate === folder);
  if (match === undefined) return null;
  return EXTENSIONS[match].some((extension) => name.endsWith(extension) && name.length > extension.length)
    ? match
    : null;
}

/**
 * Whether a folder entry is one the loader skips silently: dotfiles such as .gitkeep and
 * .DS_Store are put there by tools, not curators.
 */
export function isIgnoredName(name: string): boolean {
  return name.startsWith('.');
}

/** The problem for a file the loader will not read, saying what the folder may hold. */
export function unexpectedFileProblem(path: string): DataProblem {
  const folder = DATA_FOLDERS.find((candidate) => path.startsWith(`${candidate}/`));
  const allowed =
    folder === undefined
      ? 'data files belong in sources/, entities/, relations/ or coverage/'
      : `${folder}/ holds only ${EXTENSIONS[folder].join(' and ')} files, with no subfolders`;
  return { file: path, key: null, field: null, message: `unexpected file; ${allowed}` };
}

/**
 * Orders paths (and so problems) by folder in reading order, then by path, so that output
 * never depends on the order files were listed in.
 */
export function compareDataPaths(a: string, b: string): number {
  const rank = (path: string): number => {
    const index = DATA_FOLDERS.findIndex((folder) => path.startsWith(`${folder}/`));
    return index === -1 ? DATA_FOLDERS.length : index;
  };
  return rank(a) - rank(b) || compareText(a, b);
}

/** Code-unit order, not locale order, so that sorting is the same on every machine. */
export function compareText(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
