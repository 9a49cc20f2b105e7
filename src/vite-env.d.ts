/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** "true" when the MSW demo backend runs in the page (set by vite.config.ts). */
  readonly VITE_DEMO: string;
  /** The host of CODER_URL when proxying to a deployment, else "". */
  readonly VITE_CODER_HOST: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
