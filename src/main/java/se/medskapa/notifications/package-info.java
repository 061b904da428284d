/**
 * Outgoing e-mail. Every message is recorded in {@code sent_mail} (so staff can see what
 * a resident was told, and the embedded demo works without an SMTP server) and, when
 * {@code spring.mail.host} is set, delivered over SMTP.
 */
@ApplicationModule(allowedDependencies = "shared")
package se.medskapa.notifications;

import org.springframework.modulith.ApplicationModule;
