/**
 * Wiring: the embedded database, security (filter chain, headers, rate limits), locale
 * handling. It may use the public API of every module; no module depends on it.
 */
package se.medskapa.config;
