// Injected by bench/run.mjs into every measured page before the page's own scripts
// (playwright addInitScript). It only observes: it stamps times with performance.now()
// (milliseconds since navigation start) and keeps a reference to the app's wasm memory.
//
// run.mjs puts the page's settings in window.__benchConfig just before this script:
//   trigger - {events, selector}: the user action that starts a sample (a click on a region
//             button, the input event of a <select>, a keydown in the salary field);
//   charts  - (app only) a selector for the chart figures: the first chart is there when one
//             of them holds an <svg> or a <canvas> that has been drawn on;
//   watch   - (app only) selectors of the parts an action must change: a sample's change is
//             complete once every one of them has changed (a DOM mutation inside it, or a
//             drawing call on a canvas inside it);
//   canvas  - (app only) hook the 2D canvas drawing calls, so a chart drawn on a <canvas>
//             counts as changed although the DOM does not change.
// The peers and the floor page have no watch list: they call performance.mark('chart-drawn')
// once their chart (and text) are updated, and that is their change.
//
// Paint stamps, taken at the first animation frame in which the change is there:
//   raf   - that frame's requestAnimationFrame callback (just before style, layout, paint),
//           or the moment of the change when the page made it in one of its own
//           requestAnimationFrame callbacks of that frame;
//   paint - a MessageChannel task posted from there: it runs once the frame's rendering
//           work (style, layout, paint, commit) is done;
//   raf2  - the next frame's requestAnimationFrame callback ("double rAF").
(() => {
  'use strict';
  const config = window.__benchConfig || {};
  delete window.__benchConfig;
  const trigger = config.trigger || { events: ['click'], selector: '[data-filter-region]' };
  const watch = config.watch || [];
  const B = {
    first: null,
    samples: [],
    recording: true,
    wasmMemory: null,
    errors: [],
  };
  Object.defineProperty(window, '__bench', { value: B, enumerable: false });

  const now = () => performance.now();
  // The page's own requestAnimationFrame is wrapped below; the harness uses the original.
  const raf = window.requestAnimationFrame.bind(window);
  const cancelRaf = window.cancelAnimationFrame.bind(window);
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
      raf(() => {
        target.raf2 = now();
        done();
      });
    });
  B.nextPaint = () => new Promise((resolve) => raf(() => afterFrameTask(resolve)));

  // ---- the page's animation frames
  // A page that draws in its own requestAnimationFrame callback (as canvas code often does)
  // changes the chart after the harness's callback of that frame has looked, yet the change
  // is painted in that frame. While a frame's callbacks (and their microtasks) run,
  // `openFrame` holds the frame's timestamp, until a task posted from there runs after the
  // frame's rendering.
  let openFrame = null;
  window.requestAnimationFrame = function (callback) {
    return raf((ts) => {
      if (openFrame !== ts) {
        openFrame = ts;
        afterFrameTask(() => {
          if (openFrame === ts) openFrame = null;
        });
      }
      return callback(ts);
    });
  };

  // ---- first chart
  let firstSeen = false;
  let resolveFirst;
  B.firstChart = new Promise((r) => (resolveFirst = r));
  const chartPresent = (tPresent) => {
    firstSeen = true;
    const stamp = () =>
      stampFrame({ present: tPresent }).then((f) => {
        B.first = f;
        resolveFirst(f);
      });
    // Drawn inside one of the page's frame callbacks: painted in this very frame.
    if (openFrame !== null) stamp();
    else raf(stamp);
  };

  // ---- chart changes
  // The sample waiting for its change: {sample, pending (watch indexes not changed yet),
  // checked (timestamp of the last frame the harness looked at), next (its rAF id)}.
  let armed = null;
  let changed = false;
  const finish = (a) => {
    armed = null;
    a.sample.changed = changed;
    stampFrame(a.sample).then(() => {
      B.samples.push(a.sample);
      for (const waiter of waiters.splice(0)) waiter();
    });
  };
  const noteChange = () => {
    changed = true;
    // The change came in a frame callback of the page after the harness's own callback of
    // that frame: that frame paints it.
    if (armed && openFrame !== null && armed.checked === openFrame) {
      cancelRaf(armed.next);
      finish(armed);
    }
  };
  const notePart = (index) => {
    if (!armed || !armed.pending.has(index)) return;
    armed.pending.delete(index);
    if (armed.pending.size === 0) noteChange();
  };

  // A canvas holds a chart once it has a size and has been drawn on.
  const drawnCanvases = new WeakSet();
  const chartDrawn = () => {
    if (!config.charts) return false;
    for (const figure of document.querySelectorAll(config.charts)) {
      if (figure.querySelector('svg')) return true;
      for (const canvas of figure.querySelectorAll('canvas')) {
        if (canvas.width > 0 && canvas.height > 0 && drawnCanvases.has(canvas)) return true;
      }
    }
    return false;
  };
  const elementOf = (node) => node && (node.nodeType === 1 ? node : node.parentElement);
  // Marks every watched part that `node` lies in (or, for added nodes, holds).
  const noteNode = (node, holds) => {
    const el = elementOf(node);
    if (!el) return;
    for (let i = 0; i < watch.length; i++) {
      if (el.closest(watch[i]) || (holds && node.nodeType === 1 && node.querySelector(watch[i]))) notePart(i);
    }
  };

  // App: DOM changes in the watched parts.
  new MutationObserver((records) => {
    if (!firstSeen) {
      if (chartDrawn()) chartPresent(now());
      return;
    }
    if (!armed) return;
    for (const r of records) {
      noteNode(r.target, false);
      for (const added of r.addedNodes) noteNode(added, true);
    }
  }).observe(document, { childList: true, subtree: true, attributes: true, characterData: true });

  // App: drawing on a canvas. Each call costs the page one function call and a Set lookup;
  // which chart a canvas belongs to is worked out once per canvas per task, in a microtask.
  if (config.canvas && typeof CanvasRenderingContext2D === 'function') {
    const touched = new Set();
    let flushQueued = false;
    const flush = () => {
      flushQueued = false;
      for (const canvas of touched) {
        drawnCanvases.add(canvas);
        if (!firstSeen) {
          if (chartDrawn()) chartPresent(now());
        } else if (armed) noteNode(canvas, false);
      }
      touched.clear();
    };
    const proto = CanvasRenderingContext2D.prototype;
    const drawing = ['clearRect', 'fillRect', 'strokeRect', 'fill', 'stroke', 'fillText', 'strokeText', 'drawImage', 'putImageData'];
    for (const name of drawing) {
      const original = proto[name];
      if (typeof original !== 'function') continue;
      proto[name] = function () {
        const canvas = this.canvas;
        if (!touched.has(canvas)) {
          touched.add(canvas);
          if (!flushQueued) {
            flushQueued = true;
            queueMicrotask(flush);
          }
        }
        return original.apply(this, arguments);
      };
    }
  }

  // Peers and floor page: performance.mark('chart-drawn').
  const mark = performance.mark.bind(performance);
  performance.mark = function (name, ...rest) {
    const entry = mark(name, ...rest);
    if (name === 'chart-drawn') {
      if (!firstSeen) chartPresent(now());
      else noteChange();
    }
    return entry;
  };

  // ---- action to next paint
  const waiters = [];
  // Resolves with the count-th sample once it is complete (no polling on the page's thread).
  B.sample = (count) =>
    new Promise((resolve) => {
      const check = () => (B.samples.length >= count ? resolve(B.samples[count - 1]) : waiters.push(check));
      check();
    });
  const onTrigger = (event) => {
    const control = event.target && event.target.closest && event.target.closest(trigger.selector);
    if (!control || !B.recording) return;
    const sample = {
      what: event.type === 'keydown' ? event.key : control.getAttribute('data-filter-region') ?? control.value,
      t0: now(),
      eventTime: event.timeStamp,
      frames: 0,
    };
    if (armed) cancelRaf(armed.next);
    changed = false;
    const a = { sample, pending: new Set(watch.map((_, i) => i)), checked: null, next: 0 };
    armed = a;
    const onFrame = (ts) => {
      sample.frames += 1;
      if (!changed && sample.frames < 120) {
        a.checked = ts;
        a.next = raf(onFrame);
        return;
      }
      finish(a);
    };
    a.next = raf(onFrame);
  };
  for (const type of trigger.events) window.addEventListener(type, onTrigger, true);

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
