package se.medskapa.municipalities;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The directory of municipalities served by this installation. */
@Service
public class Municipalities {

	/** Slugs that would collide with the platform's own top-level paths. */
	static final Set<String> RESERVED_SLUGS = Set.of("account", "accessibility", "actuator", "admin", "api", "css",
			"error", "favicon.ico", "images", "js", "login", "logout", "operator", "ott", "staff", "v3", "webjars");

	private static final String COLUMNS = "id, slug, name, contact_email, contact_phone, address, website";

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	Municipalities(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	public List<Municipality> all() {
		return jdbc.sql("select " + COLUMNS + " from municipality order by name").query(Municipality.class).list();
	}

	public Optional<Municipality> findBySlug(String slug) {
		return jdbc.sql("select " + COLUMNS + " from municipality where slug = ?")
			.param(slug)
			.query(Municipality.class)
			.optional();
	}

	public Optional<Municipality> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from municipality where id = ?")
			.param(id)
			.query(Municipality.class)
			.optional();
	}

	public Municipality requireBySlug(String slug) {
		return findBySlug(slug).orElseThrow(() -> new MunicipalityNotFoundException());
	}

	@Transactional
	public Municipality register(String slug, String name, String contactEmail, String contactPhone, String address,
			String website) {
		if (RESERVED_SLUGS.contains(slug)) {
			throw new IllegalArgumentException("reserved slug: " + slug);
		}
		long id = jdbc.sql("""
				insert into municipality (slug, name, contact_email, contact_phone, address, website)
				values (?, ?, ?, ?, ?, ?) returning id""")
			.params(slug, name, contactEmail, contactPhone, address, website)
			.query(Long.class)
			.single();
		events.publishEvent(new MunicipalityRegistered(id, slug));
		return new Municipality(id, slug, name, contactEmail, contactPhone, address, website);
	}

}
