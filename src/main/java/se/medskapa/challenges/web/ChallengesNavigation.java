package se.medskapa.challenges.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.medskapa.shared.NavigationEntry;

import static se.medskapa.shared.NavigationEntry.anyRole;

/** The staff start page links to the challenges, the public pages too. */
@Configuration(proxyBeanMethods = false)
class ChallengesNavigation {

	@Bean
	NavigationEntry staffChallengesEntry() {
		return NavigationEntry.staff(55, "staffHome.challenges", "/{slug}/staff/challenges", anyRole());
	}

	@Bean
	NavigationEntry publicChallengesSection() {
		return NavigationEntry.publicSection(30, "challenges.section", "/{slug}/challenges");
	}

}
