package se.medskapa.participation;

import org.springframework.stereotype.Service;

import se.medskapa.participation.spi.ItemKind;
import se.medskapa.shared.NotFoundException;

/**
 * The participation section of an item for a reader who comes without the item's page
 * (the JSON API): the same keyset page the page shows, but only once the item's owner
 * says it is public.
 */
@Service
public class PublicComments {

	private final Items items;

	private final ParticipationViews views;

	PublicComments(Items items, ParticipationViews views) {
		this.items = items;
		this.views = views;
	}

	/**
	 * @param after the last top-level comment of the previous page ({@code null} for the
	 * first)
	 * @throws NotFoundException unless the item exists and is public
	 */
	public ParticipationSection section(long municipalityId, String slug, ItemKind kind, long itemId,
			Participant viewer, Long after) {
		items.requirePublic(municipalityId, kind, itemId);
		return views.section(municipalityId, slug, kind, itemId, viewer, "", after);
	}

}
