import { LitElement, html, css } from 'lit';
import { Chart, registerables } from 'chart.js';

Chart.register(...registerables);

/**
 * A Chart.js chart fed by the server: the `config` property is a Chart.js configuration as JSON
 * (type, data, options). The server sends only numbers already aggregated; every chart has the
 * same numbers in a table next to it, so the canvas is a picture for the eye, labelled for
 * screen readers by `label`.
 */
class LixiangChart extends LitElement {
  static properties = {
    config: { type: String },
    label: { type: String },
  };

  static styles = css`
    :host { display: block; position: relative; width: 100%; min-height: 240px; }
    .frame { position: relative; width: 100%; height: var(--lixiang-chart-height, 260px); }
  `;

  render() {
    return html`<div class="frame"><canvas role="img" aria-label=${this.label || ''}></canvas></div>`;
  }

  updated(changed) {
    if (changed.has('config')) {
      this._draw();
    }
  }

  _draw() {
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
    if (!this.config) {
      return;
    }
    const config = JSON.parse(this.config);
    config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false }, config.options);
    this._chart = new Chart(this.renderRoot.querySelector('canvas'), config);
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    if (this._chart) {
      this._chart.destroy();
      this._chart = null;
    }
  }

  connectedCallback() {
    super.connectedCallback();
    // re-attached (e.g. a tab shown again): draw again once rendered
    if (this.hasUpdated && !this._chart) {
      this._draw();
    }
  }
}

customElements.define('lixiang-chart', LixiangChart);
