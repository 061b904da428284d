/**
 * What the cases module announces, for other modules to react to or to keep their own
 * projection from (an insights dashboard, participation): the one part of {@code cases}
 * that another module may depend on, as {@code "cases :: events"}. The events carry the
 * facts a listener needs, so it never has to read the cases tables.
 * <p>
 * The enums they carry ({@code CaseEventType}, {@code CaseStatus}, {@code CaseKind}) stay
 * in the module's root, where the module itself uses them everywhere, and join this
 * interface by their own {@code @NamedInterface("events")}, so that a listener needs
 * nothing but {@code "cases :: events"}.
 */
@NamedInterface("events")
package se.medskapa.cases.events;

import org.springframework.modulith.NamedInterface;
