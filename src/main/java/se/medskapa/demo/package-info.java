/**
 * Demo data: Borås, Umeå and Piteå with realistic departments, units and categories, and one staff
 * account per role. On by default with the embedded database, off with an external one unless
 * {@code medskapa.demo-data.enabled=true}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "municipalities", "accounts", "shared" })
package se.medskapa.demo;
