import { LitElement, html } from 'lit';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';

/**
 * A proposal's process drawn from its deployed BPMN (bpmn-js), with the elements already passed
 * marked `done` and those it is in now marked `current`; the rest is what lies ahead.
 * Light DOM, so bpmn-js's own stylesheet (imported by the Java component) reaches the drawing.
 */
class LixiangProcessDiagram extends LitElement {
  static properties = {
    xml: { type: String },
    done: { type: String },
    current: { type: String },
  };

  createRenderRoot() {
    return this;
  }

  render() {
    return html`<div class="diagram-canvas" style="width:100%;height:100%"></div>`;
  }

  async updated() {
    if (!this.xml) {
      return;
    }
    if (!this._viewer) {
      this._viewer = new NavigatedViewer({ container: this.querySelector('.diagram-canvas') });
    }
    try {
      await this._viewer.importXML(this.xml);
    } catch (e) {
      this.setAttribute('data-error', e.message);
      return;
    }
    const canvas = this._viewer.get('canvas');
    const registry = this._viewer.get('elementRegistry');
    const mark = (ids, marker) => JSON.parse(ids || '[]')
      .filter((id) => registry.get(id))
      .forEach((id) => canvas.addMarker(id, marker));
    mark(this.done, 'done');
    mark(this.current, 'current');
    // a wide process in a fixed-height box leaves empty space: fit the box to the drawing's shape
    const inner = canvas.viewbox().inner;
    if (inner.width > 0 && this.clientWidth > 0) {
      const height = this.clientWidth * inner.height / inner.width + 48;
      this.style.height = Math.round(Math.min(640, Math.max(220, height))) + 'px';
      canvas.resized();
    }
    canvas.zoom('fit-viewport', 'auto');
    this.setAttribute('data-rendered', 'true');
  }

  disconnectedCallback() {
    super.disconnectedCallback();
    if (this._viewer) {
      this._viewer.destroy();
      this._viewer = null;
    }
  }
}

customElements.define('lixiang-process-diagram', LixiangProcessDiagram);
