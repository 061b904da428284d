package se.medskapa.meetings.web;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import se.medskapa.meetings.Audience;
import se.medskapa.meetings.EventDetails;
import se.medskapa.meetings.EventKind;
import se.medskapa.meetings.MeetingEvent;
import se.medskapa.meetings.Promotion;

import static se.medskapa.shared.Text.blankToNull;

/**
 * What the event form and the series form share: everything about an event but its time.
 */
public class EventFieldsForm {

	static final String[] FIELDS = { "kind", "unitId", "title", "description", "place", "onlineLink",
			"accessibilityInfo", "audience", "invitedEmails", "capacity", "groupLimit", "promotion", "offerHours",
			"organiserName", "organiserEmail", "publish" };

	@NotNull(message = "{validation.chooseOne}")
	private EventKind kind;

	@NotNull(message = "{validation.chooseOne}")
	private Long unitId;

	@NotBlank(message = "{validation.required}")
	@Size(max = 200, message = "{validation.tooLong}")
	private String title;

	@NotBlank(message = "{validation.required}")
	@Size(max = 5000, message = "{validation.tooLong}")
	private String description;

	@Size(max = 300, message = "{validation.tooLong}")
	private String place;

	@Size(max = 500, message = "{validation.tooLong}")
	private String onlineLink;

	@Size(max = 2000, message = "{validation.tooLong}")
	private String accessibilityInfo;

	@NotNull(message = "{validation.chooseOne}")
	private Audience audience = Audience.PUBLIC;

	@Size(max = 10000, message = "{validation.tooLong}")
	private String invitedEmails;

	@NotNull(message = "{validation.required}")
	@Min(value = 1, message = "{meetings.validation.capacity}")
	@Max(value = 100000, message = "{meetings.validation.capacity}")
	private Integer capacity;

	@NotNull(message = "{validation.required}")
	@Min(value = 1, message = "{meetings.validation.groupLimit}")
	@Max(value = 50, message = "{meetings.validation.groupLimit}")
	private Integer groupLimit = 1;

	@NotNull(message = "{validation.chooseOne}")
	private Promotion promotion = Promotion.DIRECT;

	@NotNull(message = "{validation.required}")
	@Min(value = 1, message = "{meetings.validation.offerHours}")
	@Max(value = 720, message = "{meetings.validation.offerHours}")
	private Integer offerHours = 24;

	@NotBlank(message = "{validation.required}")
	@Size(max = 120, message = "{validation.tooLong}")
	private String organiserName;

	@NotBlank(message = "{validation.required}")
	@Email(message = "{validation.email}")
	@Size(max = 254, message = "{validation.tooLong}")
	private String organiserEmail;

	private boolean publish;

	/** The details at the given time and registration window. */
	EventDetails details(Instant startsAt, Instant endsAt, Instant opensAt, Instant closesAt) {
		return new EventDetails(unitId, kind, title.strip(), description.strip(), startsAt, endsAt, blankToNull(place),
				blankToNull(onlineLink), blankToNull(accessibilityInfo), audience, invitedList(), capacity, opensAt,
				closesAt, groupLimit, promotion, offerHours, organiserName.strip(), organiserEmail.strip());
	}

	List<String> invitedList() {
		return invitedEmails == null ? List.of() : Arrays.asList(invitedEmails.split("[\\s,;]+"));
	}

	void fill(MeetingEvent event) {
		kind = event.kind();
		unitId = event.unitId();
		title = event.title();
		description = event.description();
		place = event.place();
		onlineLink = event.onlineLink();
		accessibilityInfo = event.accessibilityInfo();
		audience = event.audience();
		invitedEmails = String.join("\n", event.invitedEmails());
		capacity = event.capacity();
		groupLimit = event.groupLimit();
		promotion = event.promotion();
		offerHours = event.offerHours();
		organiserName = event.organiserName();
		organiserEmail = event.organiserEmail();
		publish = event.published();
	}

	boolean placeMissing() {
		return blankToNull(place) == null && blankToNull(onlineLink) == null;
	}

	public EventKind getKind() {
		return kind;
	}

	public void setKind(EventKind kind) {
		this.kind = kind;
	}

	public Long getUnitId() {
		return unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getPlace() {
		return place;
	}

	public void setPlace(String place) {
		this.place = place;
	}

	public String getOnlineLink() {
		return onlineLink;
	}

	public void setOnlineLink(String onlineLink) {
		this.onlineLink = onlineLink;
	}

	public String getAccessibilityInfo() {
		return accessibilityInfo;
	}

	public void setAccessibilityInfo(String accessibilityInfo) {
		this.accessibilityInfo = accessibilityInfo;
	}

	public Audience getAudience() {
		return audience;
	}

	public void setAudience(Audience audience) {
		this.audience = audience;
	}

	public String getInvitedEmails() {
		return invitedEmails;
	}

	public void setInvitedEmails(String invitedEmails) {
		this.invitedEmails = invitedEmails;
	}

	public Integer getCapacity() {
		return capacity;
	}

	public void setCapacity(Integer capacity) {
		this.capacity = capacity;
	}

	public Integer getGroupLimit() {
		return groupLimit;
	}

	public void setGroupLimit(Integer groupLimit) {
		this.groupLimit = groupLimit;
	}

	public Promotion getPromotion() {
		return promotion;
	}

	public void setPromotion(Promotion promotion) {
		this.promotion = promotion;
	}

	public Integer getOfferHours() {
		return offerHours;
	}

	public void setOfferHours(Integer offerHours) {
		this.offerHours = offerHours;
	}

	public String getOrganiserName() {
		return organiserName;
	}

	public void setOrganiserName(String organiserName) {
		this.organiserName = organiserName;
	}

	public String getOrganiserEmail() {
		return organiserEmail;
	}

	public void setOrganiserEmail(String organiserEmail) {
		this.organiserEmail = organiserEmail;
	}

	public boolean isPublish() {
		return publish;
	}

	public void setPublish(boolean publish) {
		this.publish = publish;
	}

}
