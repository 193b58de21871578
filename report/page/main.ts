/** The report page's script: reads the map embedded in the page and draws it. */
import type { StatusMap } from '../map';
import { renderStatusMap } from './render';

function start(): void {
  const started = performance.now();
  const data = document.getElementById('status-map-data');
  const app = document.getElementById('app');
  if (data === null || app === null) return;
  const map = JSON.parse(data.textContent ?? '{}') as StatusMap;
  renderStatusMap(app, map);
  // For the benchmark and the tests: when the map was drawn, and how long it took.
  document.body.dataset.renderMs = (performance.now() - started).toFixed(1);
  document.body.dataset.rendered = 'true';
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
