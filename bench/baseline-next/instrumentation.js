// Present so Next does not fall back to the project's own instrumentation (B_next must be bare).
export function register() {}
