/**
 * The platform operator's pages for the installation as a whole: registering a
 * municipality together with the invitation of its first administrator.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "municipalities", "accounts", "shared" })
package se.medskapa.platform;
