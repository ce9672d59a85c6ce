/// <reference types="vite/client" />
import type { KreisBridge } from '../api/bridge.ts'

declare global {
  interface Window {
    /** The only door to the rest of Kreis: set by the preload script (or the test bridge). */
    readonly kreis: KreisBridge
  }
}
