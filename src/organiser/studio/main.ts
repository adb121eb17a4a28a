/// <reference types="vite/client" />
/**
 * Entry of the studio page: registers the agenda's elements (the previews are the real thing) and the studio, and
 * gives the studio its parser, a worker built into this file (so the page also works opened from the disk).
 * `?src=<address>` loads a programme at once; `?lang=fr` (or nl, de, en) chooses the studio's language.
 */
import '../../index.js';
import { defineStudio } from './studio-app.js';
import StudioWorker from './worker.ts?worker&inline';
import { workerParser } from './parser.js';

defineStudio();
const studio = document.querySelector('mission-studio');
if (studio) {
  studio.parser = workerParser(() => new StudioWorker());
  const query = new URLSearchParams(location.search);
  const lang = query.get('lang');
  if (lang) studio.lang = lang;
  const src = query.get('src');
  if (src) void studio.loadAddress(src);
}
