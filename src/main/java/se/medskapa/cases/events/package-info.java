/**
 * What the cases module announces, for other modules to react to or to keep their own
 * projection from (an insights dashboard, participation): the one part of {@code cases}
 * that another module may depend on, as {@code "cases :: events"}. The events carry the
 * facts a listener needs, so it never has to read the cases tables.
 * <p>
 * The enums they carry ({@code CaseEventType}, {@code CaseStatus}, {@code CaseKind}) are
 * still in the module's root, because {@code demo} uses them as the module's API (a type
 * annotated {@code @NamedInterface("events")} leaves the root's unnamed interface). Once
 * the case seeds live inside the module, annotate those three with
 * {@code @NamedInterface("events")}, so that a listener needs nothing but
 * {@code "cases :: events"}.
 */
@NamedInterface("events")
package se.medskapa.cases.events;

import org.springframework.modulith.NamedInterface;
