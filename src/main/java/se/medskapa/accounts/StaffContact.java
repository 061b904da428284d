package se.medskapa.accounts;

/** Whom to notify: an active staff member's address and language. */
public record StaffContact(long id, String email, String displayName, String preferredLanguage) {
}
