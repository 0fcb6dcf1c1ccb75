// A React 19 TSX consumer: every element with its attributes typed by cs-metrics/jsx.
// Type-checked by scripts/test-consumers.mjs with strict and skipLibCheck: false.
import type { CustomElements } from 'cs-metrics/jsx';
import 'cs-metrics';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}

export function Dashboard({ rows }: { rows: { score: number }[] }) {
  return (
    <metrics-source src="/api/mrr-changes.json">
      <nps-gauge data={rows} target={30} previous={24} onmetric-computed={(e) => console.log(e.detail)}></nps-gauge>
      <churn-trend src="/api/mrr-changes.csv" kind="gross-revenue" target={0.005}></churn-trend>
      <clv-card arpa={120} churn-rate={0.02} currency="USD"></clv-card>
      <health-badge score={82} customer-name="Acme Corp"></health-badge>
    </metrics-source>
  );
}
