/**
 * The browser side of the loopback bridge, served as a classic script so that it runs before
 * the app: the same `window.kreis` shape the Electron preload exposes, over fetch and SSE.
 */
export const bridgeClientScript = `(() => {
  const listeners = new Map()
  const source = new EventSource('/__kreis/events')
  source.onmessage = (message) => {
    const { event, payload } = JSON.parse(message.data)
    for (const listener of listeners.get(event) ?? []) listener(payload)
  }
  window.kreis = Object.freeze({
    invoke: async (name, input) => {
      const response = await fetch('/__kreis/invoke', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name, input }),
      })
      return response.json()
    },
    on: (event, listener) => {
      if (!listeners.has(event)) listeners.set(event, new Set())
      listeners.get(event).add(listener)
      return () => listeners.get(event).delete(listener)
    },
  })
})()
`
