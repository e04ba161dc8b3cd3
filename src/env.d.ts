interface ImportMetaEnv {
  /** True in a local preview build (npm start): full links on the page point at this machine. */
  readonly LOCAL_PREVIEW: boolean;
}
