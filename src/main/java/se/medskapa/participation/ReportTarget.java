package se.medskapa.participation;

/** What can be reported: a comment, or a case (a solution to a challenge is a case). */
public enum ReportTarget {

	COMMENT, CASE

}
