import { html, nothing } from 'lit';
import type { Issue } from '../../core/feed/types.js';
import type { Translation } from '../../core/i18n/index.js';
import type { FeedFailure } from '../../io/feed-loader.js';

/** The loading state: a spinner, the word, and a skeleton of the programme to come. */
export function renderLoading(t: Translation) {
  return html`<div part="loading" class="loading" role="status">
    <span class="spinner" aria-hidden="true"></span>
    <span>${t.loading}</span>
    <div class="skeleton" aria-hidden="true"><i></i><i></i><i></i></div>
  </div>`;
}

/** What went wrong with the feed, in the visitor's words. */
export function failureText(failure: FeedFailure, t: Translation): string {
  switch (failure.kind) {
    case 'network':
      return t.errorFetch;
    case 'timeout':
      return t.errorTimeout;
    case 'http':
      return t.errorHttp(failure.status);
    case 'not-json':
      return t.errorNotJson;
    case 'unusable':
      return t.errorUnusable(failure.reason);
  }
}

/** The error panel (`role="alert"`): the message, the located problems for the page's developer, and a retry. */
export function renderError(t: Translation, message: string, errors: readonly Issue[], onRetry: () => void) {
  return html`<div part="error" class="error" role="alert">
    <h2 class="error-title">${t.errorTitle}</h2>
    <p>${message}</p>
    ${
      errors.length
        ? html`<details>
            <summary>${t.errorDetails}</summary>
            <ul>
              ${errors.map((e) => html`<li><code>${e.path}</code> ${e.message}</li>`)}
            </ul>
          </details>`
        : nothing
    }
    <button part="retry" type="button" @click=${onRetry}>${t.retry}</button>
  </div>`;
}

/** The empty state: why nothing is shown, and a way back to everything when the visitor's filters are the cause. */
export function renderEmpty(message: string, t: Translation, onReset: (() => void) | undefined) {
  return html`<div part="empty" class="empty" role="status">
    <p>${message}</p>
    ${onReset ? html`<button part="reset" type="button" @click=${onReset}>${t.showAll}</button>` : nothing}
  </div>`;
}
