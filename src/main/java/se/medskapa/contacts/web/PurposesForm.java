package se.medskapa.contacts.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import se.medskapa.contacts.AccessibilityNeed;
import se.medskapa.contacts.ContactFrequency;
import se.medskapa.contacts.Membership;
import se.medskapa.contacts.Purposes;
import se.medskapa.contacts.WayOfTakingPart;

/** The resident's join and change form. */
public class PurposesForm {

	private List<Long> topics = new ArrayList<>();

	private List<Long> districts = new ArrayList<>();

	private List<WayOfTakingPart> ways = new ArrayList<>();

	private ContactFrequency frequency = ContactFrequency.QUARTER;

	private String language = "sv";

	private List<AccessibilityNeed> needs = new ArrayList<>();

	private String ageBand;

	private Long residenceDistrictId;

	private String occupation;

	private String schoolParent;

	private boolean consent;

	static PurposesForm of(Membership entry) {
		PurposesForm form = new PurposesForm();
		form.topics = new ArrayList<>(entry.topics());
		form.districts = new ArrayList<>(entry.districts());
		form.ways = entry.ways().stream().map(WayOfTakingPart::valueOf).toList();
		form.frequency = ContactFrequency.valueOf(entry.frequency());
		form.language = entry.language();
		form.needs = entry.accessibilityNeeds().stream().map(AccessibilityNeed::valueOf).toList();
		form.ageBand = entry.ageBand();
		form.residenceDistrictId = entry.residenceDistrictId();
		form.occupation = entry.occupation();
		form.schoolParent = entry.schoolParent() == null ? null : entry.schoolParent().toString();
		return form;
	}

	Purposes toPurposes() {
		return new Purposes(nonNull(topics), nonNull(districts),
				ways == null || ways.isEmpty() ? EnumSet.noneOf(WayOfTakingPart.class) : EnumSet.copyOf(nonNull(ways)),
				frequency, language,
				needs == null || needs.isEmpty() ? EnumSet.noneOf(AccessibilityNeed.class)
						: EnumSet.copyOf(nonNull(needs)),
				blankToNull(ageBand), residenceDistrictId, blankToNull(occupation),
				schoolParent == null || schoolParent.isBlank() ? null : Boolean.valueOf(schoolParent));
	}

	private static <T> List<T> nonNull(List<T> values) {
		return values == null ? List.of() : values.stream().filter(value -> value != null).toList();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	public List<Long> getTopics() {
		return topics;
	}

	public void setTopics(List<Long> topics) {
		this.topics = topics;
	}

	public List<Long> getDistricts() {
		return districts;
	}

	public void setDistricts(List<Long> districts) {
		this.districts = districts;
	}

	public List<WayOfTakingPart> getWays() {
		return ways;
	}

	public void setWays(List<WayOfTakingPart> ways) {
		this.ways = ways;
	}

	public ContactFrequency getFrequency() {
		return frequency;
	}

	public void setFrequency(ContactFrequency frequency) {
		this.frequency = frequency;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public List<AccessibilityNeed> getNeeds() {
		return needs;
	}

	public void setNeeds(List<AccessibilityNeed> needs) {
		this.needs = needs;
	}

	public String getAgeBand() {
		return ageBand;
	}

	public void setAgeBand(String ageBand) {
		this.ageBand = ageBand;
	}

	public Long getResidenceDistrictId() {
		return residenceDistrictId;
	}

	public void setResidenceDistrictId(Long residenceDistrictId) {
		this.residenceDistrictId = residenceDistrictId;
	}

	public String getOccupation() {
		return occupation;
	}

	public void setOccupation(String occupation) {
		this.occupation = occupation;
	}

	public String getSchoolParent() {
		return schoolParent;
	}

	public void setSchoolParent(String schoolParent) {
		this.schoolParent = schoolParent;
	}

	public boolean isConsent() {
		return consent;
	}

	public void setConsent(boolean consent) {
		this.consent = consent;
	}

}
