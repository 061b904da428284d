package se.medskapa.participation.spi;

/**
 * The kinds of item one can take part in. A solution to a challenge is a case, so it is
 * supported and commented on as a {@code CASE}.
 */
public enum ItemKind {

	CASE, CHALLENGE

}
