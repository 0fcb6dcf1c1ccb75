/**
 * The `src` route's code, loaded by the base on the first element that has a
 * `src` (a dynamic `import()`): the fetch, the CSV front, polling and the
 * big-body hand-over to a Worker. A page that feeds its elements by property,
 * attribute, script or `<metrics-source>` never downloads it.
 */
export { SourceController } from '../controllers/source-controller.js';
export { WorkerRoute } from '../controllers/worker-route.js';
export { BigBody, workerThreshold } from '../data/worker-protocol.js';
