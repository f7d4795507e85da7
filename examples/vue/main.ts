import { createApp } from 'vue';
import 'aimskit';
import '../demo.css';
import App from './App.vue';

createApp(App).mount('#app');
