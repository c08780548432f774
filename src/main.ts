import { mount } from 'svelte';
import App from './App.svelte';
import './global.css';
import './layout.css';

const target = document.getElementById('app');
if (!target) throw new Error('Trendelenburg Lab: no #app element in index.html');

export default mount(App, { target });
