package se.medskapa.cases;

/**
 * Whether a case is on the open feedback pages, and the coach's reviewed version shown
 * there; owned by one {@link CaseFile}, which checks the permission to publish first.
 */
final class CasePublication {

	private boolean published;

	private String title;

	private String description;

	CasePublication(boolean published, String title, String description) {
		this.published = published;
		this.title = title;
		this.description = description;
	}

	/**
	 * @return whether it was not published before
	 */
	boolean publish(String reviewedTitle, String reviewedDescription) {
		title = reviewedTitle;
		description = reviewedDescription;
		boolean first = !published;
		published = true;
		return first;
	}

	/**
	 * @return whether it was published before
	 */
	boolean unpublish() {
		boolean was = published;
		published = false;
		return was;
	}

	boolean published() {
		return published;
	}

	String title() {
		return title;
	}

	String description() {
		return description;
	}

}
