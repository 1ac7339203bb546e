/** Runs `fn`, returning undefined instead of throwing: storage and cookies throw in private modes. */
export const attempt = <T>(fn: () => T): T | undefined => {
  try {
    return fn();
  } catch {}
};
