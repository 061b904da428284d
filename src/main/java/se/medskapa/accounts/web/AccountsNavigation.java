package se.medskapa.accounts.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.medskapa.shared.NavigationEntry;

import static se.medskapa.shared.NavigationEntry.anyRole;

/**
 * The staff start page links to one's own API tokens, the admin overview to the staff and
 * their roles.
 */
@Configuration(proxyBeanMethods = false)
class AccountsNavigation {

	@Bean
	NavigationEntry apiTokensEntry() {
		return NavigationEntry.staff(70, "staffHome.apiTokens", "/staff/api-tokens", anyRole());
	}

	@Bean
	NavigationEntry staffAdminEntry() {
		return NavigationEntry.admin(10, "admin.staff.link", "/{slug}/admin/staff");
	}

	@Bean
	NavigationEntry signInProvidersEntry() {
		return NavigationEntry.admin(12, "admin.signIn.link", "/{slug}/admin/sign-in");
	}

}
