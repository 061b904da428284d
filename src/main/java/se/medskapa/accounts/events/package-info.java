/**
 * What the accounts module announces about staff and residents, for other modules to
 * react to: the part of {@code accounts} another module may depend on as
 * {@code "accounts :: events"}.
 */
@NamedInterface("events")
package se.medskapa.accounts.events;

import org.springframework.modulith.NamedInterface;
