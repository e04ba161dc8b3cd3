/**
 * The environment for a real build or npm command started from a test: without the variables Vitest
 * sets (its BASE_URL=/ would override Astro's base, its NODE_ENV and MODE would change the build).
 */
export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...extra };
  for (const key of Object.keys(env)) if (['NODE_ENV', 'BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR'].includes(key) || key.startsWith('VITEST')) delete env[key];
  return env;
}
