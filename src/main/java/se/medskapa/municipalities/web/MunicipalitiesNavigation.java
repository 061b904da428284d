package se.medskapa.municipalities.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.medskapa.shared.NavigationEntry;

import static se.medskapa.shared.NavigationEntry.anyRole;
import static se.medskapa.shared.NavigationEntry.withRole;

/**
 * The staff start page links to the admin overview and to the municipality's public page;
 * the admin overview to the municipality's own face.
 */
@Configuration(proxyBeanMethods = false)
class MunicipalitiesNavigation {

	@Bean
	NavigationEntry municipalityAdminEntry() {
		return NavigationEntry.staff(10, "staffHome.admin", "/{slug}/admin", withRole("MUNICIPALITY_ADMIN"));
	}

	@Bean
	NavigationEntry publicPageEntry() {
		return NavigationEntry.staff(60, "staffHome.publicPage", "/{slug}", anyRole());
	}

	@Bean
	NavigationEntry faceAdminEntry() {
		return NavigationEntry.admin(5, "face.admin.link", "/{slug}/admin/face");
	}

}
