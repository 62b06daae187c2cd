// A tool of the page: its form (id PREFIX-form), where its answer goes (PREFIX-result) and its error
// (PREFIX-error; where a tool has none, the error is shown in the result). One request at a time: the
// button is disabled while it runs, a line says what is being done, a failure is shown in place.
import { escapeHtml } from './format.js';

export class Panel {
  constructor(prefix) {
    this.form = document.getElementById(`${prefix}-form`);
    this.result = document.getElementById(`${prefix}-result`);
    this.error = document.getElementById(`${prefix}-error`);
  }

  /** Calls `handle` when the form is submitted, instead of the browser's own submission. */
  onSubmit(handle) {
    this.form.addEventListener('submit', (e) => { e.preventDefault(); handle(); });
  }

  /**
   * Runs `work` with `button` disabled (reading `buttonText` meanwhile, when given) and `loading` in the
   * result; what `work` throws is shown as the error.
   */
  async busy(button, loading, work, buttonText) {
    const original = button.textContent;
    button.disabled = true;
    if (buttonText) button.textContent = buttonText;
    if (this.error) this.error.hidden = true;
    this.result.innerHTML = `<p class="loading">${escapeHtml(loading)}</p>`;
    try {
      await work();
    } catch (e) {
      this.fail(e.message);
    } finally {
      button.disabled = false;
      if (buttonText) button.textContent = original;
    }
  }

  /** Shows `message` as the error, the result emptied. */
  fail(message) {
    if (this.error) {
      this.result.innerHTML = '';
      this.error.textContent = message;
      this.error.hidden = false;
    } else {
      this.result.innerHTML = `<p class="error" role="alert">${escapeHtml(message)}</p>`;
    }
  }
}
