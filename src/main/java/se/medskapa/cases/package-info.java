/**
 * Cases: the one entry point for ideas, proposals (medborgarförslag), complaints, praise
 * and questions, and the idea sluice that routes and handles them. Every case gets a
 * reference that can be read aloud, a private tracking link, and deadlines in Swedish
 * working days.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "municipalities", "accounts", "notifications", "shared" })
package se.medskapa.cases;
