/**
 * The accessibility statement (tillgänglighetsredogörelse) required by lag 2018:1937, and
 * the form to report an accessibility problem: reports are stored, listed for the
 * platform operator, and the reporter gets a receipt by e-mail. Under a municipality the
 * statement names it and its contact (the municipalities module's public API).
 */
@ApplicationModule(allowedDependencies = { "municipalities", "notifications", "shared" })
package se.medskapa.accessibility;

import org.springframework.modulith.ApplicationModule;
