package se.medskapa.contacts.web;

import se.medskapa.contacts.SearchCriteria;
import se.medskapa.contacts.WayOfTakingPart;

/** The official's search filters, each optional. */
public class SearchForm {

	private Long topicId;

	private Long districtId;

	private WayOfTakingPart way;

	private String language;

	private String ageBand;

	private Long residenceDistrictId;

	private String occupation;

	private String schoolParent;

	SearchCriteria toCriteria() {
		return new SearchCriteria(topicId, districtId, way, blank(language), blank(ageBand), residenceDistrictId,
				blank(occupation), blank(schoolParent) == null ? null : Boolean.valueOf(schoolParent));
	}

	private static String blank(String value) {
		return value == null || value.isBlank() ? null : value;
	}

	public Long getTopicId() {
		return topicId;
	}

	public void setTopicId(Long topicId) {
		this.topicId = topicId;
	}

	public Long getDistrictId() {
		return districtId;
	}

	public void setDistrictId(Long districtId) {
		this.districtId = districtId;
	}

	public WayOfTakingPart getWay() {
		return way;
	}

	public void setWay(WayOfTakingPart way) {
		this.way = way;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
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

}
