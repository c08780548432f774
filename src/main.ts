import { mount } from 'svelte';
import { hasUnit, loadUnitParser } from '../sim/index.ts';
import App from './App.svelte';
import './global.css';
import './layout.css';

const target = document.getElementById('app');
if (!target) throw new Error('Trendelenburg Lab: no #app element in index.html');

/**
 * A link may give a quantity with a unit ("mass=154 lb"): then the unit parser, which is otherwise
 * loaded on demand, is loaded before the link is read. Not a top-level await: the parser's chunk
 * imports this entry's chunk, which would wait for the parser in turn, and the page would stay
 * blank.
 */
async function start(target: HTMLElement): Promise<void> {
  // A parser that cannot be loaded leaves those values to the link's notes, not a blank page.
  if ([...new URLSearchParams(location.search).values()].some(hasUnit))
    await loadUnitParser().catch(() => undefined);
  mount(App, { target });
}

void start(target);
