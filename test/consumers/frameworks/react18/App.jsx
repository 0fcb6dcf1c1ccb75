// React 18 sets every prop as an attribute: rows go through a `ref`
// (`ref.current.data = rows`) and events through `addEventListener`, as the
// README says. Numbers written either way arrive as attribute text.
import { useEffect, useRef, useState } from 'react';
import 'cs-metrics';
import { changes, responses } from '../data.js';

/** Listens to `metric-error` (and `metric-computed` with onScore) and sets `data` when given. */
function useElement(data, onError, onScore) {
  const ref = useRef(null);
  useEffect(() => {
    const el = ref.current;
    const computed = (e) => onScore?.(e.detail.score);
    el.addEventListener('metric-computed', computed);
    el.addEventListener('metric-error', onError);
    return () => {
      el.removeEventListener('metric-computed', computed);
      el.removeEventListener('metric-error', onError);
    };
  }, [onError, onScore]);
  useEffect(() => {
    if (data !== undefined) ref.current.data = data;
  }, [data]);
  return ref;
}

function Metrics({ target, goal, onScore, onError }) {
  return (
    <section>
      <nps-gauge id="rows" ref={useElement(responses, onError, onScore)} target={target} />
      <nps-gauge id="rows-null" ref={useElement(responses, onError)} target={goal} />
      <nps-gauge id="target-text" ref={useElement(undefined, onError)} promoters="40" passives="45" detractors="15" target="30" />
      <clv-card id="clv-text" ref={useElement(undefined, onError)} arpa="120" churn-rate="0.02" currency="USD" />
      <clv-card id="clv-number" ref={useElement(undefined, onError)} arpa={120} churn-rate={0.02} currency="USD" />
      <health-badge id="health-text" ref={useElement(undefined, onError)} score="82" customer-name="Acme Corp" />
      <health-badge id="health-number" ref={useElement(undefined, onError)} score={82} customer-name="Acme Corp" />
      <nps-gauge id="poll-text" ref={useElement(undefined, onError)} src="/data/survey.json" refresh="60" />
      <nps-gauge id="poll-number" ref={useElement(undefined, onError)} src="/data/survey.json" refresh={60} />
      <churn-trend id="chart" ref={useElement(changes, onError)} kind="net-revenue" />
      <nps-gauge id="big" ref={useElement(undefined, onError)} src="/data/big-survey.json" />
    </section>
  );
}

export function App() {
  const [mounted, setMounted] = useState(false);
  const [target, setTarget] = useState(30);
  const [goal, setGoal] = useState(30);
  const [score, setScore] = useState(null);
  const [errors, setErrors] = useState([]);
  const onError = useRef((e) => setErrors((list) => [...list, `${e.target.id}: ${e.detail.message}`])).current;
  const onScore = useRef((s) => setScore(s)).current;
  return (
    <main>
      <button id="mount" onClick={() => setMounted(true)}>Mount</button>
      <button id="clear" onClick={() => (setTarget(undefined), setGoal(null))}>Clear the targets</button>
      <button id="unmount" onClick={() => setMounted(false)}>Unmount</button>
      <output id="score">{score === null ? '' : `NPS ${score}`}</output>
      <ul id="errors">{errors.map((m) => <li key={m}>{m}</li>)}</ul>
      {mounted && <Metrics target={target} goal={goal} onScore={onScore} onError={onError} />}
    </main>
  );
}
