/**
 * Outgoing e-mail. Every message is recorded in {@code sent_mail} (delivery status, the
 * dedupe record, and the demo's mailbox without an SMTP server) and, when
 * {@code spring.mail.host} is set, delivered over SMTP. The record never holds a mail's
 * secret parts (its sign-in, reset, invitation or tracking link) outside the demo without
 * SMTP, and is purged after {@code medskapa.mail.retention} (docs/security.md).
 */
@ApplicationModule(allowedDependencies = "shared")
package se.medskapa.notifications;

import org.springframework.modulith.ApplicationModule;
