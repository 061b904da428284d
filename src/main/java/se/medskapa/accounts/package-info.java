/**
 * Accounts and login. Residents have one account for the whole installation and sign in
 * with a one-time link sent by e-mail. Staff belong to one municipality, sign in with a
 * password and a second factor (TOTP), and hold roles; the platform operator belongs to
 * none.
 */
@ApplicationModule(allowedDependencies = { "municipalities", "notifications", "shared" })
package se.medskapa.accounts;

import org.springframework.modulith.ApplicationModule;
