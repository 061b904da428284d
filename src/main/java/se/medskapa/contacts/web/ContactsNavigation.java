package se.medskapa.contacts.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.medskapa.shared.NavigationEntry;

import static se.medskapa.shared.NavigationEntry.withRole;

/**
 * The staff start page links contact officials to the bank's search; the admin overview
 * links to the bank's settings and its audit log.
 */
@Configuration(proxyBeanMethods = false)
class ContactsNavigation {

	@Bean
	NavigationEntry contactSearchEntry() {
		return NavigationEntry.staff(60, "contacts.nav.search", "/{slug}/staff/contacts", withRole("CONTACT_OFFICIAL"));
	}

	@Bean
	NavigationEntry contactSettingsEntry() {
		return NavigationEntry.admin(60, "contacts.nav.settings", "/{slug}/admin/contacts");
	}

	@Bean
	NavigationEntry contactAuditEntry() {
		return NavigationEntry.admin(61, "contacts.nav.audit", "/{slug}/admin/contacts/audit");
	}

}
