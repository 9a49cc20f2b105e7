/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** "true" when the MSW demo backend runs in the page (set by vite.config.ts). */
  readonly VITE_DEMO: string;
  /** The host of CODER_URL when proxying to a deployment, else "". */
  readonly VITE_CODER_HOST: string;
  /** CODER_APPS_HOST: coderd's wildcard apps host ("*.apps.example.com"), else "". */
  readonly VITE_CODER_APPS_HOST: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
