/**
 * Cases: the one entry point for ideas, proposals (medborgarförslag), complaints, praise
 * and questions, and the idea sluice that routes and handles them. Every case gets a
 * reference that can be read aloud, a private tracking link, and deadlines in Swedish
 * working days.
 * <p>
 * Other modules may depend on {@code "cases :: events"} only ({@code cases.events}: what
 * happened to a case, with the facts a listener needs). The public types of this package
 * are the facades, read records and refusals for the module's own {@code web} and
 * {@code demo} packages; the {@code ApiProblemAdvice} in {@code config} reads the
 * refusals. A new module never uses them: it listens to the events and keeps its own
 * projection.
 */
@ApplicationModule(allowedDependencies = { "municipalities", "accounts", "accounts :: events", "accounts :: spi",
		"notifications", "participation", "participation :: spi", "participation :: events", "shared" })
package se.medskapa.cases;

import org.springframework.modulith.ApplicationModule;
