package se.medskapa.municipalities;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.medskapa.municipalities.FacePicture.Kind;
import se.medskapa.municipalities.MunicipalityFace.AccessibilityContact;

/**
 * The municipality's own face: read on every public page of the municipality (one
 * statement by primary key), written by its admin. Every read and write names the
 * municipality.
 */
@Service
public class MunicipalityFaces {

	private final JdbcClient jdbc;

	private final Clock clock;

	MunicipalityFaces(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The face of the municipality; the platform's defaults when nothing is set. */
	public MunicipalityFace face(long municipalityId) {
		return query("m.id = :key", municipalityId).map(FacedMunicipality::face)
			.orElseGet(() -> MunicipalityFace.none(municipalityId));
	}

	/** The face of the municipality with this slug, empty for an unknown slug. */
	public Optional<MunicipalityFace> faceOf(String slug) {
		return query("m.slug = :key", slug).map(FacedMunicipality::face);
	}

	/**
	 * The municipality with this slug and its face in one statement, for the pages of a
	 * municipality, which need both; empty for an unknown slug.
	 */
	public Optional<FacedMunicipality> withFace(String slug) {
		return query("m.slug = :key", slug);
	}

	/** A municipality with its face, as one lookup reads them. */
	public record FacedMunicipality(Municipality municipality, MunicipalityFace face) {
	}

	private Optional<FacedMunicipality> query(String where, Object key) {
		return jdbc.sql("""
				select m.id, m.slug, m.name, m.contact_email, m.contact_phone, m.address, m.website,
				       f.accent_colour, f.start_text, f.site_url, f.privacy_notice, f.accessibility_contact_name,
				       f.accessibility_contact_email, f.accessibility_contact_phone, f.start_image_alt,
				       coalesce(f.version, 0) as version,
				       (select p.version from municipality_picture p
				        where p.municipality_id = m.id and p.kind = 'LOGO') as logo_version,
				       (select p.version from municipality_picture p
				        where p.municipality_id = m.id and p.kind = 'START_IMAGE') as image_version
				from municipality m
				left join municipality_face f on f.municipality_id = m.id
				where %s""".formatted(where))
			.param("key", key)
			.query((rs,
					row) -> new FacedMunicipality(new Municipality(
							rs.getLong("id"), rs.getString("slug"), rs.getString("name"), rs.getString("contact_email"),
							rs.getString("contact_phone"), rs.getString("address"), rs.getString("website")),
							new MunicipalityFace(rs.getLong("id"), rs.getString("accent_colour"),
									rs.getString("start_text"), rs.getString("site_url"),
									rs.getString("privacy_notice"),
									new AccessibilityContact(rs.getString("accessibility_contact_name"),
											rs.getString("accessibility_contact_email"),
											rs.getString("accessibility_contact_phone")),
									rs.getString("start_image_alt"), rs.getLong("version"),
									rs.getObject("logo_version", Long.class),
									rs.getObject("image_version", Long.class))))
			.optional();
	}

	/**
	 * Who answers for the accessibility of the municipality's pages, for the
	 * accessibility statement; empty values when the admin has not named anyone.
	 */
	public AccessibilityContact accessibilityContact(long municipalityId) {
		return face(municipalityId).accessibilityContact();
	}

	/**
	 * Saves the admin's change: texts, colour and pictures together, or nothing.
	 * @throws InvalidFaceException with every reason when anything is refused (a colour
	 * below AA contrast, a picture that is not PNG, JPEG or WebP or too large, …)
	 */
	@Transactional
	public void save(long municipalityId, FaceChange change) {
		List<InvalidFaceException.Problem> problems = change.problems();
		if (!problems.isEmpty()) {
			throw new InvalidFaceException(problems);
		}
		FaceTexts texts = change.texts();
		jdbc.sql("""
				insert into municipality_face (municipality_id, accent_colour, start_text, site_url, privacy_notice,
				    accessibility_contact_name, accessibility_contact_email, accessibility_contact_phone,
				    start_image_alt)
				values (:id, :colour, :startText, :siteUrl, :privacy, :contactName, :contactEmail, :contactPhone, :alt)
				on conflict (municipality_id) do update set accent_colour = excluded.accent_colour,
				    start_text = excluded.start_text, site_url = excluded.site_url,
				    privacy_notice = excluded.privacy_notice,
				    accessibility_contact_name = excluded.accessibility_contact_name,
				    accessibility_contact_email = excluded.accessibility_contact_email,
				    accessibility_contact_phone = excluded.accessibility_contact_phone,
				    start_image_alt = excluded.start_image_alt,
				    version = municipality_face.version + 1, updated_at = now()""")
			.param("id", municipalityId)
			.param("colour", texts.normalisedColour())
			.param("startText", texts.startText())
			.param("siteUrl", texts.siteUrl())
			.param("privacy", texts.privacyNotice())
			.param("contactName", texts.accessibilityContactName())
			.param("contactEmail", texts.accessibilityContactEmail())
			.param("contactPhone", texts.accessibilityContactPhone())
			.param("alt", texts.startImageAlt())
			.update();
		picture(municipalityId, Kind.LOGO, change.logo(), change.removeLogo());
		picture(municipalityId, Kind.START_IMAGE, change.startImage(), change.removeStartImage());
	}

	private void picture(long municipalityId, Kind kind, byte[] content, boolean remove) {
		if (content != null) {
			// The version is the time of the upload: never the same for two pictures,
			// even after one was removed, so a browser's copy of an old one is never
			// shown again.
			jdbc.sql("""
					insert into municipality_picture (municipality_id, kind, content_type, content, version)
					values (?, ?, ?, ?, ?)
					on conflict (municipality_id, kind) do update set content_type = excluded.content_type,
					    content = excluded.content,
					    version = greatest(excluded.version, municipality_picture.version + 1)""")
				.params(municipalityId, kind.name(), FacePicture.contentTypeOf(content), content, clock.millis())
				.update();
		}
		else if (remove) {
			removePicture(municipalityId, kind);
		}
	}

	private void removePicture(long municipalityId, Kind kind) {
		jdbc.sql("delete from municipality_picture where municipality_id = ? and kind = ?")
			.params(municipalityId, kind.name())
			.update();
	}

	public Optional<FacePicture> picture(long municipalityId, Kind kind) {
		return jdbc.sql("""
				select content_type, content, version from municipality_picture
				where municipality_id = ? and kind = ?""")
			.params(municipalityId, kind.name())
			.query(FacePicture.class)
			.optional();
	}

}
