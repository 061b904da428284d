/**
 * The accessibility statement (tillgänglighetsredogörelse) required by lag 2018:1937, and
 * the form to report an accessibility problem: reports are stored, listed for the
 * platform operator, and the reporter gets a receipt by e-mail.
 */
@ApplicationModule(allowedDependencies = { "notifications", "shared" })
package se.medskapa.accessibility;

import org.springframework.modulith.ApplicationModule;
