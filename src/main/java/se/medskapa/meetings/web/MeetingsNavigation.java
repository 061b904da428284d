package se.medskapa.meetings.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.medskapa.shared.NavigationEntry;

/** The events link on the staff start page and on the public pages. */
@Configuration(proxyBeanMethods = false)
class MeetingsNavigation {

	@Bean
	NavigationEntry meetingsStaffEntry() {
		return NavigationEntry.staff(55, "staffHome.events", "/{slug}/staff/events",
				roles -> roles.contains("MUNICIPALITY_ADMIN") || roles.contains("HANDLER")
						|| roles.contains("UNIT_LEAD"));
	}

	@Bean
	NavigationEntry publicEventsSection() {
		return NavigationEntry.publicSection(40, "meetings.section", "/{slug}/events");
	}

}
