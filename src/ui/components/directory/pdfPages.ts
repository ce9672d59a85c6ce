import type * as PdfJsModule from 'pdfjs-dist'
import type { PDFPageProxy, RenderTask } from 'pdfjs-dist'

type PdfJs = typeof PdfJsModule

interface Loaded {
  readonly lib: PdfJs
  /** One worker for every preview, instead of a new thread for each change of options. */
  readonly worker: InstanceType<PdfJs['PDFWorker']>
}

let pdfjs: Promise<Loaded> | null = null

/**
 * pdf.js is large, so it is fetched the first time a preview is shown. The legacy build, because
 * the modern one calls JavaScript newer than Electron's Chromium has (Map#getOrInsertComputed).
 */
function loadPdfJs(): Promise<Loaded> {
  pdfjs ??= Promise.all([
    import('pdfjs-dist/legacy/build/pdf.mjs'),
    import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url'),
  ]).then(([lib, workerUrl]) => {
    lib.GlobalWorkerOptions.workerSrc = workerUrl.default
    return { lib, worker: new lib.PDFWorker() }
  })
  return pdfjs
}

export interface PageSize {
  /** In PDF points. */
  readonly width: number
  readonly height: number
}

/** The first pages of a PDF, ready to be drawn into canvases of any size. */
export interface PreviewDocument {
  readonly pages: readonly PageSize[]
  /** Draws a page `cssWidth` CSS pixels wide, sharp on the screen's pixel density. */
  render(index: number, canvas: HTMLCanvasElement, cssWidth: number): Promise<void>
  /** Stops what is being drawn and frees the document. */
  destroy(): void
}

function decodeBase64(text: string): Uint8Array {
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

export async function openPreview(pdfBase64: string, maxPages: number): Promise<PreviewDocument> {
  const { lib, worker } = await loadPdfJs()
  // The book embeds its fonts and holds JPEG and PNG photos: neither wasm decoders nor the
  // standard fonts are needed, so nothing beyond the worker is fetched.
  const loading = lib.getDocument({
    data: decodeBase64(pdfBase64),
    worker,
    useWasm: false,
    disableWorkerRendering: true,
  })
  let pages: PDFPageProxy[]
  try {
    const pdf = await loading.promise
    const count = Math.min(maxPages, pdf.numPages)
    pages = await Promise.all(Array.from({ length: count }, (_, i) => pdf.getPage(i + 1)))
  } catch (error) {
    void loading.destroy()
    throw error
  }
  const running = new Map<HTMLCanvasElement, RenderTask>()
  return {
    pages: pages.map((page) => {
      const { width, height } = page.getViewport({ scale: 1 })
      return { width, height }
    }),
    async render(index, canvas, cssWidth) {
      const page = pages[index]
      if (page === undefined) return
      // pdf.js refuses a second drawing into a canvas still in use: the newer one wins.
      running.get(canvas)?.cancel()
      const scale = (cssWidth * window.devicePixelRatio) / page.getViewport({ scale: 1 }).width
      const viewport = page.getViewport({ scale })
      canvas.width = Math.round(viewport.width)
      canvas.height = Math.round(viewport.height)
      const task = page.render({ canvas, viewport })
      running.set(canvas, task)
      try {
        await task.promise
      } catch (error) {
        if (!(error instanceof lib.RenderingCancelledException)) throw error
      } finally {
        if (running.get(canvas) === task) running.delete(canvas)
      }
    },
    destroy() {
      for (const task of running.values()) task.cancel()
      void loading.destroy()
    },
  }
}
