// Runs in each framework app's page before any of its scripts
// (scripts/test-consumers.mjs): counts what could outlive an element once the
// app unmounts it — live timers, Workers, and listeners on window, document and
// media queries — with where each was made.
(() => {
  const here = () => (new Error().stack ?? '').split('\n').slice(3, 5).map((l) => l.trim()).join(' < ');
  const timers = new Map();
  const workers = new Set();
  const listeners = new Map();
  let workersStarted = 0;

  const { setTimeout: st, clearTimeout: ct, setInterval: si, clearInterval: ci } = window;
  window.setTimeout = function (fn, ms, ...args) {
    const id = st.call(window, (...a) => {
      timers.delete(id);
      return typeof fn === 'function' ? fn(...a) : undefined;
    }, ms, ...args);
    timers.set(id, `timeout ${ms ?? 0} ms at ${here()}`);
    return id;
  };
  window.clearTimeout = (id) => (timers.delete(id), ct.call(window, id));
  window.setInterval = function (fn, ms, ...args) {
    const id = si.call(window, fn, ms, ...args);
    timers.set(id, `interval ${ms ?? 0} ms at ${here()}`);
    return id;
  };
  window.clearInterval = (id) => (timers.delete(id), ci.call(window, id));

  if (window.Worker) {
    const Base = window.Worker;
    window.Worker = class extends Base {
      constructor(...args) {
        super(...args);
        workersStarted += 1;
        workers.add(this);
      }
      terminate() {
        workers.delete(this);
        super.terminate();
      }
    };
  }

  const watched = (t) => t === window || t === document || (typeof MediaQueryList !== 'undefined' && t instanceof MediaQueryList);
  const name = (t) => (t === window ? 'window' : t === document ? 'document' : `media query ${t.media}`);
  const keys = new WeakMap();
  const keyOf = (t, type, fn, options) => {
    let ids = keys.get(fn);
    if (!ids) keys.set(fn, (ids = Math.random().toString(36).slice(2)));
    const capture = typeof options === 'boolean' ? options : !!options?.capture;
    return `${name(t)} ${type} ${ids} ${capture}`;
  };
  const { addEventListener: add, removeEventListener: remove } = EventTarget.prototype;
  EventTarget.prototype.addEventListener = function (type, fn, options) {
    if (fn && watched(this) && !(typeof options === 'object' && options?.once)) {
      const key = keyOf(this, type, fn, options);
      listeners.set(key, `${name(this)} "${type}" listener at ${here()}`);
      options?.signal?.addEventListener('abort', () => listeners.delete(key));
    }
    return add.call(this, type, fn, options);
  };
  EventTarget.prototype.removeEventListener = function (type, fn, options) {
    if (fn && watched(this)) listeners.delete(keyOf(this, type, fn, options));
    return remove.call(this, type, fn, options);
  };

  window.__live = () => ({
    timers: [...timers.values()],
    workers: workers.size,
    workersStarted,
    listeners: [...listeners.values()],
  });
})();
