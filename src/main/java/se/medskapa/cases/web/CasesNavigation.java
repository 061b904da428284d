package se.medskapa.cases.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.medskapa.shared.NavigationEntry;

import static se.medskapa.shared.NavigationEntry.anyRole;

/**
 * The staff start page links to the case queues, the admin overview to the routing rules
 * and the case settings; the public pages to the case list, the showcase and the
 * statistics.
 */
@Configuration(proxyBeanMethods = false)
class CasesNavigation {

	@Bean
	NavigationEntry staffCasesEntry() {
		return NavigationEntry.staff(50, "staffHome.cases", "/{slug}/staff/cases", anyRole());
	}

	@Bean
	NavigationEntry routingRulesEntry() {
		return NavigationEntry.admin(20, "admin.routing.link", "/{slug}/admin/routing");
	}

	@Bean
	NavigationEntry caseSettingsEntry() {
		return NavigationEntry.admin(30, "admin.caseSettings.link", "/{slug}/admin/case-settings");
	}

	@Bean
	NavigationEntry publicCasesSection() {
		return NavigationEntry.publicSection(10, "publicSection.cases", "/{slug}/cases");
	}

	@Bean
	NavigationEntry publicImplementedSection() {
		return NavigationEntry.publicSection(20, "publicSection.implemented", "/{slug}/implemented");
	}

	@Bean
	NavigationEntry publicStatisticsSection() {
		return NavigationEntry.publicSection(50, "publicSection.statistics", "/{slug}/statistics");
	}

}
