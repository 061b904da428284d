package se.medskapa.accessibility.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.medskapa.shared.NavigationEntry;

import static se.medskapa.shared.NavigationEntry.withRole;

/** The operator's start page links to the accessibility problem reports. */
@Configuration(proxyBeanMethods = false)
class AccessibilityNavigation {

	@Bean
	NavigationEntry accessibilityReportsEntry() {
		return NavigationEntry.operator(40, "staffHome.accessibilityReports", "/operator/accessibility-reports",
				withRole("PLATFORM_OPERATOR"));
	}

}
