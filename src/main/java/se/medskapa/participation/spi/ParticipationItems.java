package se.medskapa.participation.spi;

/**
 * Implemented, as a bean, by the module owning one kind of item.
 */
public interface ParticipationItems {

	/** The kind of item this bean answers for. */
	ItemKind kind();

	/**
	 * Whether the item exists in the municipality and the public may see it (and so
	 * support and comment on it).
	 */
	boolean isPublic(long municipalityId, long itemId);

	/**
	 * The public page of the item, where a participant returns after acting, e.g.
	 * {@code /boras/cases/BOR-2026-00001}; {@code null} when not public.
	 */
	String publicPath(String municipalitySlug, long municipalityId, long itemId);

	/**
	 * Whether the item may become an e-petition (e-förslag) where the municipality has a
	 * threshold: a resident's proposal, say. None by default.
	 */
	default boolean mayBePetition(long municipalityId, long itemId) {
		return false;
	}

	/**
	 * The item's public title, for a digest mail; {@code null} when not public.
	 */
	default String publicTitle(long municipalityId, long itemId) {
		return null;
	}

}
