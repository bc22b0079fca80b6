import envPaths from 'env-paths';
import { join } from 'node:path';

const paths = envPaths('netwerk', { suffix: '' });

/**
 * Where the config file lives: `--config`, else `NETWERK_CONFIG`, else the platform config dir
 * (so tests set the variable and never touch the user's home).
 */
export function resolveConfigPath(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  return flag ?? env.NETWERK_CONFIG ?? join(paths.config, 'config.toml');
}

/** Where the database lives: `--db`, else `NETWERK_DB`, else the platform data dir. */
export function resolveDatabaseLocation(flag: string | undefined, env: NodeJS.ProcessEnv): string {
  return flag ?? env.NETWERK_DB ?? join(paths.data, 'netwerk.db');
}

/** The platform data dir, for files kept beside the database. */
export function dataDirectory(env: NodeJS.ProcessEnv): string {
  return env.NETWERK_DATA_DIR ?? paths.data;
}
