package se.medskapa.cases;

import org.springframework.modulith.NamedInterface;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Where a case is in the idea sluice. Open statuses always have an accountable unit or
 * the coach queue; the others are outcomes that close the case.
 */
@NamedInterface("events")
public enum CaseStatus {

	RECEIVED, WITH_UNIT, INVESTIGATING, PLANNED, PILOTED, IMPLEMENTED, DECLINED, FORWARDED, ANSWERED, MERGED, WITHDRAWN;

	static final Set<CaseStatus> CLOSED = EnumSet.of(IMPLEMENTED, DECLINED, FORWARDED, ANSWERED, MERGED, WITHDRAWN);

	public boolean isClosed() {
		return CLOSED.contains(this);
	}

	/**
	 * The colour of this status's badge, the same on every public page: new, in progress,
	 * done or closed (CSS class {@code status-<tone>}).
	 */
	public String tone() {
		return switch (this) {
			case RECEIVED -> "new";
			case WITH_UNIT, INVESTIGATING, PLANNED, PILOTED -> "progress";
			case IMPLEMENTED, ANSWERED -> "done";
			case DECLINED, FORWARDED, MERGED, WITHDRAWN -> "closed";
		};
	}

	/**
	 * The steps of the status stepper with this status among them: received, with the
	 * unit, investigated, planned (or piloted), and implemented or the outcome that
	 * closed the case.
	 */
	public List<CaseStatus> steps() {
		return List.of(RECEIVED, WITH_UNIT, INVESTIGATING, this == PILOTED ? PILOTED : PLANNED,
				isClosed() ? this : IMPLEMENTED);
	}

}
