/**
 * The contact bank (kontaktbank): residents who want to be asked to take part join a
 * municipality's bank with their purposes (topics, areas, ways of taking part, how often)
 * and a versioned consent; officials with the contact-bank role find them by counts and
 * pseudonyms only, invite a selection or a stratified random sample by mail, and learn a
 * resident's name and address only once that resident said yes, and only in the inviting
 * unit. Every search, invitation and reveal is audited; consents expire and expired
 * entries are deleted (ADR 0016). An invitation may link to a published event of
 * {@code meetings} or an open challenge of {@code challenges}, read through their public
 * read models only.
 */
@ApplicationModule(allowedDependencies = { "municipalities", "accounts", "accounts :: events", "accounts :: spi",
		"notifications", "meetings", "challenges", "shared" })
package se.medskapa.contacts;

import org.springframework.modulith.ApplicationModule;
