package se.medskapa.accounts;

/**
 * What the invitation page shows: who is invited, and the TOTP secret to enrol in an
 * authenticator app.
 */
public record PendingInvitation(String email, String displayName, String totpSecret, String otpauthUri) {
}
