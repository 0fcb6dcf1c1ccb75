// @web/test-runner: element and data-layer tests in real headless Chromium.
// Chromium comes from Debian's packages (/usr/bin/chromium); CHROME_PATH wins
// when set, so the same command runs against a laptop's Chrome.
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { testApi } from './test/server/routes.mjs';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';


export default {
  files: ['test/elements/**/*.test.ts', 'test/data/**/*.test.ts', 'test/controllers/**/*.test.ts', 'test/base/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser'] },
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  // The real local HTTP server the data-route tests fetch from.
  middleware: [testApi],
  concurrency: 2,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 30_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: [...chromiumArgs],
      },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false })],
};
