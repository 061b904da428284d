package se.medskapa.notifications.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.medskapa.shared.NavigationEntry;

import static se.medskapa.shared.NavigationEntry.withRole;

/** The operator's start page links to the record of sent mail. */
@Configuration(proxyBeanMethods = false)
class NotificationsNavigation {

	@Bean
	NavigationEntry sentMailEntry() {
		return NavigationEntry.operator(30, "staffHome.sentMail", "/operator/sent-mail", withRole("PLATFORM_OPERATOR"));
	}

}
