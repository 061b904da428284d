package se.medskapa.participation.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.medskapa.shared.NavigationEntry;

import static se.medskapa.shared.NavigationEntry.withRole;

/**
 * The staff start page links the idea coaches to the moderation queue; the admin overview
 * links to the e-petition rule.
 */
@Configuration(proxyBeanMethods = false)
class ParticipationNavigation {

	@Bean
	NavigationEntry moderationEntry() {
		return NavigationEntry.staff(57, "participation.moderation.nav", "/{slug}/staff/moderation",
				withRole("IDEA_COACH"));
	}

	@Bean
	NavigationEntry petitionRuleEntry() {
		return NavigationEntry.admin(40, "participation.petitionAdmin.link", "/{slug}/admin/e-petitions");
	}

}
