// React 19 sets a prop as a property when the element has that property, and
// `on<event-name>` props become listeners: the README's snippet, as written.
import { useState } from 'react';
import 'cs-metrics';
import { changes, responses } from '../data.js';

export function App() {
  const [mounted, setMounted] = useState(false);
  const [target, setTarget] = useState(30);
  const [goal, setGoal] = useState(30);
  const [score, setScore] = useState(null);
  const [errors, setErrors] = useState([]);
  const onError = (e) => setErrors((list) => [...list, `${e.target.id}: ${e.detail.message}`]);
  return (
    <main>
      <button id="mount" onClick={() => setMounted(true)}>Mount</button>
      <button id="clear" onClick={() => (setTarget(undefined), setGoal(null))}>Clear the targets</button>
      <button id="unmount" onClick={() => setMounted(false)}>Unmount</button>
      <output id="score">{score === null ? '' : `NPS ${score}`}</output>
      <ul id="errors">{errors.map((m) => <li key={m}>{m}</li>)}</ul>
      {mounted && (
        <section>
          <nps-gauge
            id="rows"
            data={responses}
            target={target}
            onmetric-computed={(e) => setScore(e.detail.score)}
            onmetric-error={onError}
          />
          <nps-gauge id="rows-null" data={responses} target={goal} onmetric-error={onError} />
          <nps-gauge id="target-text" promoters="40" passives="45" detractors="15" target="30" onmetric-error={onError} />
          <clv-card id="clv-text" arpa="120" churn-rate="0.02" currency="USD" onmetric-error={onError} />
          <clv-card id="clv-number" arpa={120} churn-rate={0.02} currency="USD" onmetric-error={onError} />
          <health-badge id="health-text" score="82" customer-name="Acme Corp" onmetric-error={onError} />
          <health-badge id="health-number" score={82} customer-name="Acme Corp" onmetric-error={onError} />
          <nps-gauge id="poll-text" src="/data/survey.json" refresh="60" onmetric-error={onError} />
          <nps-gauge id="poll-number" src="/data/survey.json" refresh={60} onmetric-error={onError} />
          <churn-trend id="chart" kind="net-revenue" data={changes} onmetric-error={onError} />
          <nps-gauge id="big" src="/data/big-survey.json" onmetric-error={onError} />
        </section>
      )}
    </main>
  );
}
