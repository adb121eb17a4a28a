/**
 * The iframe page (embed/frame.html): one `<mission-agenda>` across the frame's width, its attributes taken from the
 * page's query, and its height posted to the host page whenever it changes, so a host listening for
 * `mission-agenda:height` sizes the iframe to the programme (see docs/organisers.md).
 */
import { HEIGHT_MESSAGE } from '../snippet.js';
import { frameAttributes } from './params.js';

const attributes = frameAttributes(location.search);
const main = document.querySelector('main') ?? document.body;
const agenda = document.createElement('mission-agenda');
for (const [name, value] of attributes) agenda.setAttribute(name, value);
const lang = attributes.find(([name]) => name === 'lang')?.[1];
if (lang) document.documentElement.lang = lang;
if (!agenda.hasAttribute('src')) {
  const note = document.createElement('p');
  note.textContent = 'No programme: this page needs ?src=<address of the feed>.';
  main.append(note);
} else {
  main.append(agenda);
}

let last = 0;
function postHeight(): void {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === last || window.parent === window) return;
  last = height;
  window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
}
new ResizeObserver(postHeight).observe(document.body);
addEventListener('load', postHeight);
