import { afterAll } from 'vitest';
import { removeFileTempDirs } from './temp-dir.js';

// Runs in every test file (vitest.config.ts setupFiles): what a file made for all its tests goes
// when they are done.
afterAll(removeFileTempDirs);
