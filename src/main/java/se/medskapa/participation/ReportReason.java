package se.medskapa.participation;

/** Why a participant reports an item: a fixed list, with an optional text beside it. */
public enum ReportReason {

	OFFENSIVE, PERSONAL_DATA, SPAM, OFF_TOPIC, ILLEGAL, OTHER

}
