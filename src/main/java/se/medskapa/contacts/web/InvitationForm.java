package se.medskapa.contacts.web;

import java.util.ArrayList;
import java.util.List;

import se.medskapa.contacts.InvitationRequest;
import se.medskapa.contacts.InvitationRequest.Quota;

/**
 * An invitation to the pseudonyms picked from the search's rows, or else to a random
 * sample of its matches with up to two quotas; linked to a free address or to one of the
 * municipality's events or challenges.
 */
public class InvitationForm extends SearchForm {

	private Long unitId;

	private String subject;

	private String body;

	private String link;

	private String target;

	private Integer size = 8;

	private String quotaFacet1;

	private Integer quotaMinimum1;

	private String quotaFacet2;

	private Integer quotaMinimum2;

	private List<String> selection = new ArrayList<>();

	InvitationRequest toRequest() {
		List<Quota> quotas = new ArrayList<>();
		if (quotaFacet1 != null && !quotaFacet1.isBlank() && quotaMinimum1 != null) {
			quotas.add(new Quota(quotaFacet1, quotaMinimum1));
		}
		if (quotaFacet2 != null && !quotaFacet2.isBlank() && quotaMinimum2 != null) {
			quotas.add(new Quota(quotaFacet2, quotaMinimum2));
		}
		return new InvitationRequest(toCriteria(), unitId == null ? -1 : unitId, subject, body, link,
				size == null ? 0 : size, quotas,
				selection == null ? List.of() : selection.stream().filter(pseudonym -> pseudonym != null).toList(),
				target);
	}

	public List<String> getSelection() {
		return selection;
	}

	public void setSelection(List<String> selection) {
		this.selection = selection;
	}

	public Long getUnitId() {
		return unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public String getSubject() {
		return subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getLink() {
		return link;
	}

	public void setLink(String link) {
		this.link = link;
	}

	public String getTarget() {
		return target;
	}

	public void setTarget(String target) {
		this.target = target;
	}

	public Integer getSize() {
		return size;
	}

	public void setSize(Integer size) {
		this.size = size;
	}

	public String getQuotaFacet1() {
		return quotaFacet1;
	}

	public void setQuotaFacet1(String quotaFacet1) {
		this.quotaFacet1 = quotaFacet1;
	}

	public Integer getQuotaMinimum1() {
		return quotaMinimum1;
	}

	public void setQuotaMinimum1(Integer quotaMinimum1) {
		this.quotaMinimum1 = quotaMinimum1;
	}

	public String getQuotaFacet2() {
		return quotaFacet2;
	}

	public void setQuotaFacet2(String quotaFacet2) {
		this.quotaFacet2 = quotaFacet2;
	}

	public Integer getQuotaMinimum2() {
		return quotaMinimum2;
	}

	public void setQuotaMinimum2(Integer quotaMinimum2) {
		this.quotaMinimum2 = quotaMinimum2;
	}

}
