package se.medskapa.participation.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.medskapa.shared.NavigationEntry;

/** The admin overview links to the e-petition rule. */
@Configuration(proxyBeanMethods = false)
class ParticipationNavigation {

	@Bean
	NavigationEntry petitionRuleEntry() {
		return NavigationEntry.admin(40, "participation.petitionAdmin.link", "/{slug}/admin/e-petitions");
	}

}
