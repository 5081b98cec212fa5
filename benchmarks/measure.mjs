// The benchmark scripts measure commands with the same code as `beamjs bench`
// (cli/measure.ts, compiled into build/ by `npm run build`).
export { measure, median, timeUsOf } from '../build/cli/measure.js';
