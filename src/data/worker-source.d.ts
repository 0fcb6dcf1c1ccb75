/** The Worker's code as one minified classic script: provided by the package build (scripts/inline-worker.mjs). */
declare module 'cs-metrics:worker-source' {
  const source: string;
  export default source;
}
