package se.medskapa.participation;

import org.springframework.stereotype.Component;

import se.medskapa.municipalities.Municipality;
import se.medskapa.participation.spi.ItemKind;

/** Where the participation forms return to: the public page of the item. */
@Component
public class ParticipationItemPaths {

	private final Items items;

	private final Comments comments;

	ParticipationItemPaths(Items items, Comments comments) {
		this.items = items;
		this.comments = comments;
	}

	/** The item's public page; not found unless the item is public. */
	public String of(Municipality municipality, ItemKind kind, long itemId) {
		return items.publicPath(municipality.slug(), municipality.id(), kind, itemId);
	}

	/** The item of a comment of the municipality, with its page. */
	public Item ofComment(Municipality municipality, long commentId) {
		CommentRow comment = comments.require(municipality.id(), commentId);
		return new Item(comment.itemKind(), comment.itemId(), of(municipality, comment.itemKind(), comment.itemId()));
	}

	public record Item(ItemKind kind, long itemId, String path) {
	}

}
