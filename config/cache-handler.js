// @ts-check
/**
 * Next's page cache: in the cluster's Redis when REDIS_URL is set
 * (config/redis-cache-handler.js, docs/scaling.md), on this server's disk
 * otherwise (config/isr-cache-handler.js). Decided when the server starts,
 * so one build runs either way.
 */
module.exports = process.env.REDIS_URL?.trim() ? require('./redis-cache-handler') : require('./isr-cache-handler');
