/**
 * The platform operator's pages for the installation as a whole: registering a
 * municipality together with the invitation of its first administrator.
 */
@ApplicationModule(allowedDependencies = { "municipalities", "accounts", "shared" })
package se.medskapa.platform;

import org.springframework.modulith.ApplicationModule;
