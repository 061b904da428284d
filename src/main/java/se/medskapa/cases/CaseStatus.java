package se.medskapa.cases;

import org.springframework.modulith.NamedInterface;

import java.util.EnumSet;
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

}
