// Injected by bench/run.mjs into every measured page before the page's own scripts
// (playwright addInitScript). It only observes: it stamps times with performance.now()
// (milliseconds since navigation start) and keeps a reference to the app's wasm memory.
//
// "The chart changed" means:
//   - for the app: a DOM mutation inside figure[data-chart="state-ranges"] (and, the first
//     time, that figure containing an <svg>);
//   - for the peer (and the floor page): the page called performance.mark('chart-drawn').
//
// Paint stamps, taken at the first animation frame in which the chart has changed:
//   raf   - that frame's requestAnimationFrame callback (just before style, layout, paint);
//   paint - a MessageChannel task posted from that callback: it runs once the frame's
//           rendering work (style, layout, paint, commit) is done;
//   raf2  - the next frame's requestAnimationFrame callback ("double rAF").
(() => {
  'use strict';
  const CHART = 'figure[data-chart="state-ranges"]';
  const B = {
    first: null,
    samples: [],
    recording: true,
    wasmMemory: null,
    errors: [],
  };
  Object.defineProperty(window, '__bench', { value: B, enumerable: false });

  const now = () => performance.now();
  const afterFrameTask = (cb) => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => cb(now());
    ch.port2.postMessage(0);
  };
  // Stamps raf/paint/raf2 into `target`, resolves once all three are there.
  const stampFrame = (target) =>
    new Promise((resolve) => {
      target.raf = now();
      let pending = 2;
      const done = () => (--pending === 0 ? resolve(target) : undefined);
      afterFrameTask((t) => {
        target.paint = t;
        done();
      });
      requestAnimationFrame(() => {
        target.raf2 = now();
        done();
      });
    });
  B.nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => afterFrameTask(resolve)));

  // ---- first chart
  let firstSeen = false;
  let resolveFirst;
  B.firstChart = new Promise((r) => (resolveFirst = r));
  const chartPresent = (tPresent) => {
    firstSeen = true;
    requestAnimationFrame(() => {
      stampFrame({ present: tPresent }).then((f) => {
        B.first = f;
        resolveFirst(f);
      });
    });
  };

  // ---- chart changes
  let changed = false;
  const chartChanged = () => {
    if (!firstSeen) chartPresent(now());
    else changed = true;
  };

  // App: watch the DOM.
  const insideChart = (node) => {
    const el = node && (node.nodeType === 1 ? node : node.parentElement);
    return !!(el && el.closest && el.closest(CHART));
  };
  const containsChart = (node) =>
    node && node.nodeType === 1 && (node.matches(CHART) || !!node.querySelector(CHART));
  new MutationObserver((records) => {
    if (!firstSeen) {
      if (document.querySelector(CHART + ' svg')) chartPresent(now());
      return;
    }
    for (const r of records) {
      if (insideChart(r.target) || Array.prototype.some.call(r.addedNodes, containsChart)) {
        changed = true;
        return;
      }
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });

  // Peer and floor page: performance.mark('chart-drawn').
  const mark = performance.mark.bind(performance);
  performance.mark = function (name, ...rest) {
    const entry = mark(name, ...rest);
    if (name === 'chart-drawn') chartChanged();
    return entry;
  };

  // ---- click to next paint
  const waiters = [];
  // Resolves with the count-th sample once it is complete (no polling on the page's thread).
  B.sample = (count) =>
    new Promise((resolve) => {
      const check = () => (B.samples.length >= count ? resolve(B.samples[count - 1]) : waiters.push(check));
      check();
    });
  window.addEventListener(
    'click',
    (event) => {
      const button = event.target && event.target.closest && event.target.closest('[data-filter-region]');
      if (!button || !B.recording) return;
      const sample = { region: button.getAttribute('data-filter-region'), t0: now(), eventTime: event.timeStamp, frames: 0 };
      changed = false;
      const onFrame = () => {
        sample.frames += 1;
        if (!changed && sample.frames < 120) {
          requestAnimationFrame(onFrame);
          return;
        }
        sample.changed = changed;
        stampFrame(sample).then(() => {
          B.samples.push(sample);
          for (const waiter of waiters.splice(0)) waiter();
        });
      };
      requestAnimationFrame(onFrame);
    },
    true,
  );

  // ---- wasm memory (the app's; the peer has none)
  const keepMemory = (result) => {
    const instance = result && (result.instance || result);
    const memory = instance && instance.exports && instance.exports.memory;
    if (memory instanceof WebAssembly.Memory) B.wasmMemory = memory;
    return result;
  };
  for (const name of ['instantiate', 'instantiateStreaming']) {
    const original = WebAssembly[name];
    if (typeof original !== 'function') continue;
    WebAssembly[name] = function (...args) {
      return original.apply(this, args).then(keepMemory);
    };
  }
  window.addEventListener('TrunkApplicationStarted', (e) => {
    const memory = e.detail && e.detail.wasm && e.detail.wasm.memory;
    if (memory instanceof WebAssembly.Memory) B.wasmMemory = memory;
  });
  B.wasmMemoryBytes = () => (B.wasmMemory ? B.wasmMemory.buffer.byteLength : null);
})();
