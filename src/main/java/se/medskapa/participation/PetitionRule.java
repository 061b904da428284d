package se.medskapa.participation;

/**
 * A municipality's e-petition rule: an item with {@code threshold} supports within
 * {@code periodDays} of its first support is qualified and goes to {@code unitId} (the
 * council secretariat, say; {@code null}: stays where it is).
 */
public record PetitionRule(int threshold, int periodDays, Long unitId) {

	public static final int MAX_THRESHOLD = 100_000;

	public static final int MAX_PERIOD_DAYS = 3650;

}
