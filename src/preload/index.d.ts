import type { LabBridge } from './bridge'

declare global {
  interface Window {
    /** Present in the Electron window only (browser mode talks over a WebSocket instead). */
    labBridge?: LabBridge
  }
}
