import { createApp } from 'vue';
import 'mission-agenda';
import App from './App.vue';

createApp(App).mount('#app');
