package se.medskapa.platform.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.medskapa.accounts.StaffRole;
import se.medskapa.shared.NavigationEntry;

import static se.medskapa.shared.NavigationEntry.withRole;

/** The operator's start page links to the municipalities of the installation. */
@Configuration(proxyBeanMethods = false)
class PlatformNavigation {

	@Bean
	NavigationEntry operatorMunicipalitiesEntry() {
		return NavigationEntry.operator(20, "staffHome.municipalities", "/operator/municipalities",
				withRole(StaffRole.PLATFORM_OPERATOR.name()));
	}

}
