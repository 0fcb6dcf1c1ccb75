// Must NOT type-check: `kind` has no value "weekly" (scripts/test-consumers.mjs expects tsc to fail here).
import type { CustomElements } from 'cs-metrics/jsx';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}

export const wrong = <churn-trend kind="weekly"></churn-trend>;
