import { loadGraphData, DEFAULT_DATA_DIR } from '../src/load/load-graph-data.js';
import { generateSnapshot, measureShape } from './synthetic-graph.js';
import { writeSnapshotStream } from './snapshot-file.js';
const size = Number(process.argv[2]);
await writeSnapshotStream(
  generateSnapshot(measureShape(await loadGraphData(DEFAULT_DATA_DIR)), size, 5),
  process.argv[3]!,
);
