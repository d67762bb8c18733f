/**
 * Processes of a local cluster (issue #12): Redis, `next start` instances and
 * nginx in front, each started from and stopped by its own pid. Used by
 * `npm run serve:cluster`, `npm run bench:cluster` and the end-to-end specs.
 */
export { startCluster, instanceEnv, type Cluster, type ClusterOptions } from './cluster';
export { startInstance, nextStartArgs, type Instance, type InstanceOptions } from './instance';
export { startNginx, NGINX, PURGE_MODULE, type Nginx, type StartNginxOptions } from './nginx';
export { nginxConfig, nginxFolders, CACHE_BYPASS_VARIABLES, type NginxOptions } from './nginx-config';
export { startRedis, redisAnswers, redisConf, parseRedisUrl, REDIS_SERVER, type RedisServer, type RedisOptions } from './redis';
export { spawnManaged, waitUntilReady, type Exit, type Managed } from './process';
