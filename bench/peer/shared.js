// What the Metro areas and National peers (metros.js, national.js) both use: state names by
// postal code, money formats, loading a data file, a line across the plot, a redraw at a new
// height, and an error shown on the page. A classic script, loaded before each page's own.
/* exported STATE_NAMES, dollars, loadData, drawVerticalLine, redrawAtHeight, showFailure */
'use strict';

// The 50 states and DC by postal code (the data files name states; metro labels use codes).
const STATE_NAMES = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado',
  CT: 'Connecticut', DE: 'Delaware', DC: 'District of Columbia', FL: 'Florida', GA: 'Georgia',
  HI: 'Hawaii', ID: 'Idaho', IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas',
  KY: 'Kentucky', LA: 'Louisiana', ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts',
  MI: 'Michigan', MN: 'Minnesota', MS: 'Mississippi', MO: 'Missouri', MT: 'Montana',
  NE: 'Nebraska', NV: 'Nevada', NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico',
  NY: 'New York', NC: 'North Carolina', ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma',
  OR: 'Oregon', PA: 'Pennsylvania', RI: 'Rhode Island', SC: 'South Carolina',
  SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas', UT: 'Utah', VT: 'Vermont', VA: 'Virginia',
  WA: 'Washington', WV: 'West Virginia', WI: 'Wisconsin', WY: 'Wyoming',
};

const dollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

async function loadData(file) {
  const response = await fetch(file);
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status}`);
  return response.json();
}

// A vertical line at `value` on the x scale across the plot, labelled above it (or, with
// labelBelow, under the axis).
function drawVerticalLine(chart, value, { color, dashed, label, labelBelow = false }) {
  const { ctx, chartArea, scales } = chart;
  const x = scales.x.getPixelForValue(value);
  ctx.save();
  ctx.strokeStyle = color;
  ctx.lineWidth = dashed ? 1.5 : 2;
  ctx.setLineDash(dashed ? [5, 4] : []);
  ctx.beginPath();
  ctx.moveTo(x, chartArea.top);
  ctx.lineTo(x, chartArea.bottom);
  ctx.stroke();
  ctx.setLineDash([]);
  ctx.fillStyle = color;
  ctx.font = `${labelBelow ? 'bold ' : ''}12px system-ui, sans-serif`;
  ctx.textAlign = labelBelow ? 'center' : 'left';
  ctx.textBaseline = labelBelow ? 'top' : 'bottom';
  if (labelBelow) ctx.fillText(label, x, chart.height - 16);
  else ctx.fillText(label, x + 4, chartArea.top - 2);
  ctx.restore();
}

function showFailure(err) {
  console.error(err);
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = `Could not draw the chart: ${err.message}`;
  document.body.append(p);
}

// Sets the chart's box to `height` and redraws once. The height is taken now rather than on
// the ResizeObserver's next tick (which would first paint the new rows squeezed into the old
// height); resize() redraws only when the size changed, so update() when it did not.
function redrawAtHeight(chart, box, height) {
  box.style.height = `${height}px`;
  const before = chart.height;
  chart.resize();
  if (chart.height === before) chart.update();
}
