/**
 * Demo data: Borås, Umeå and Piteå with realistic departments, units and categories and
 * one staff account per role. Every other module contributes its own demo data for them
 * as a {@link se.medskapa.shared.DemoSeed} (the cases module: routing rules and Swedish
 * cases in every status of the idea sluice, played through its use cases); this module
 * runs the seeds in order. On by default with the embedded database, off with an external
 * one unless {@code medskapa.demo-data.enabled=true}.
 */
@ApplicationModule(allowedDependencies = { "municipalities", "accounts", "shared" })
package se.medskapa.demo;

import org.springframework.modulith.ApplicationModule;
