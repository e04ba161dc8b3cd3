interface ImportMetaEnv {
  /** True in a local preview build (npm start): full links on the page point at this machine. */
  readonly LOCAL_PREVIEW: boolean;
}

declare namespace App {
  interface Locals {
    /** What every page shows alike, set by src/middleware.ts (src/lib/views/site-context.ts). */
    site: import('./lib/views/site-context.ts').SiteContext;
  }
}
