package se.medskapa.participation;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import se.medskapa.participation.spi.ItemKind;
import se.medskapa.participation.spi.ParticipationItems;
import se.medskapa.shared.NotFoundException;

/** The owners of the items, by kind, as the modules contribute them. */
@Component
class Items {

	private final Map<ItemKind, ParticipationItems> byKind = new EnumMap<>(ItemKind.class);

	Items(List<ParticipationItems> owners) {
		owners.forEach(owner -> byKind.put(owner.kind(), owner));
	}

	/**
	 * @throws NotFoundException unless the item exists and is public
	 */
	void requirePublic(long municipalityId, ItemKind kind, long itemId) {
		ParticipationItems owner = byKind.get(kind);
		if (owner == null || !owner.isPublic(municipalityId, itemId)) {
			throw new NotFoundException("item");
		}
	}

	/** The item's public page; throws when it is not public. */
	String publicPath(String slug, long municipalityId, ItemKind kind, long itemId) {
		requirePublic(municipalityId, kind, itemId);
		String path = byKind.get(kind).publicPath(slug, municipalityId, itemId);
		if (path == null) {
			throw new NotFoundException("item");
		}
		return path;
	}

	/** Whether the owner lets the item become an e-petition. */
	boolean mayBePetition(long municipalityId, ItemKind kind, long itemId) {
		ParticipationItems owner = byKind.get(kind);
		return owner != null && owner.mayBePetition(municipalityId, itemId);
	}

	/** The item's public title, or {@code null} when it is not (or no longer) public. */
	String publicTitle(long municipalityId, ItemKind kind, long itemId) {
		ParticipationItems owner = byKind.get(kind);
		return owner == null || !owner.isPublic(municipalityId, itemId) ? null
				: owner.publicTitle(municipalityId, itemId);
	}

	/** The item's public page, or {@code null} when it is not (or no longer) public. */
	String publicPathOrNull(String slug, long municipalityId, ItemKind kind, long itemId) {
		ParticipationItems owner = byKind.get(kind);
		return owner == null ? null : owner.publicPath(slug, municipalityId, itemId);
	}

}
