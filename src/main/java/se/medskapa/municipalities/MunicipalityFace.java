package se.medskapa.municipalities;

/**
 * How a municipality presents itself on its public pages: an accent colour (a validated
 * {@code #rrggbb} or {@code null} for the platform's), the start-page text and image, a
 * link to its own site, its privacy notice, the contact for its accessibility statement,
 * and the versions of its logo and start image ({@code null} when there is none), which
 * go into their addresses so that browsers may keep them.
 */
public record MunicipalityFace(long municipalityId, String accentColour, String startText, String siteUrl,
		String privacyNotice, AccessibilityContact accessibilityContact, String startImageAlt, long version,
		Long logoVersion, Long startImageVersion) {

	/**
	 * The request attribute where the lookup of a page's municipality leaves its face,
	 * read in the same statement, for the layout's advice.
	 */
	public static final String REQUEST_ATTRIBUTE = MunicipalityFace.class.getName();

	/** The face of a municipality whose admin has not set anything yet. */
	public static MunicipalityFace none(long municipalityId) {
		return new MunicipalityFace(municipalityId, null, null, null, null, AccessibilityContact.NONE, null, 0, null,
				null);
	}

	public boolean hasLogo() {
		return logoVersion != null;
	}

	public boolean hasStartImage() {
		return startImageVersion != null;
	}

	/**
	 * Who answers for the accessibility of the municipality's pages: the municipality is
	 * the responsible body under lag (2018:1937) om tillgänglighet till digital offentlig
	 * service.
	 */
	public record AccessibilityContact(String name, String email, String phone) {

		static final AccessibilityContact NONE = new AccessibilityContact(null, null, null);

		public boolean isEmpty() {
			return name == null && email == null && phone == null;
		}

	}

}
