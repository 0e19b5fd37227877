import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { addCjkFont } from './cjk-font'
import { i18n } from './i18n'
import './styles/main.css'

addCjkFont()
createApp(App).use(createPinia()).use(i18n).mount('#app')
