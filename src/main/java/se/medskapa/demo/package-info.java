/**
 * Demo data: Borås, Umeå and Piteå with realistic departments, units and categories, one
 * staff account per role, routing rules, and Swedish cases in every status of the idea
 * sluice, played through the cases module's use cases. On by default with the embedded
 * database, off with an external one unless {@code medskapa.demo-data.enabled=true}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "municipalities", "accounts", "cases", "shared" })
package se.medskapa.demo;
