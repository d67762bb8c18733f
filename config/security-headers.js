// @ts-check
/**
 * Security headers for every response. Filled in by the hardening issue (#7);
 * next.config.js applies them.
 * @type {{ key: string, value: string }[]}
 */
const securityHeaders = [];

module.exports = { securityHeaders };
