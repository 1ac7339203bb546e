/** Whether the browser sends Global Privacy Control (https://privacycg.github.io/gpc-spec/). */
export const globalPrivacyControl = (win: Window | undefined): boolean =>
  (win?.navigator as { globalPrivacyControl?: boolean } | undefined)?.globalPrivacyControl === true;
