package se.medskapa.participation;

/** Where a reported item stands. */
public enum ModerationState {

	/** Reported, under the municipality's number of reports: still shown. */
	VISIBLE,
	/** Hidden by reports, pending a moderator's review. */
	HIDDEN,
	/** A moderator hid it: kept, never shown in public. */
	REMOVED,
	/** A moderator restored it: shown, and further reports hide it no more. */
	RESTORED;

	public boolean hidden() {
		return this == HIDDEN || this == REMOVED;
	}

	public boolean pending() {
		return this == VISIBLE || this == HIDDEN;
	}

}
