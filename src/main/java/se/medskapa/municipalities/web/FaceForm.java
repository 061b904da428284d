package se.medskapa.municipalities.web;

import se.medskapa.municipalities.FaceTexts;
import se.medskapa.municipalities.MunicipalityFace;

/**
 * The admin's face form. The two files come as request parts of their own
 * ({@code logoFile}, {@code startImageFile}); their properties here only carry the
 * errors.
 */
public class FaceForm {

	private String accentColour;

	private String startText;

	private String siteUrl;

	private String privacyNotice;

	private String accessibilityContactName;

	private String accessibilityContactEmail;

	private String accessibilityContactPhone;

	private String startImageAlt;

	private boolean removeLogo;

	private boolean removeStartImage;

	private String logoFile;

	private String startImageFile;

	static FaceForm of(MunicipalityFace face) {
		FaceForm form = new FaceForm();
		form.accentColour = face.accentColour();
		form.startText = face.startText();
		form.siteUrl = face.siteUrl();
		form.privacyNotice = face.privacyNotice();
		form.accessibilityContactName = face.accessibilityContact().name();
		form.accessibilityContactEmail = face.accessibilityContact().email();
		form.accessibilityContactPhone = face.accessibilityContact().phone();
		form.startImageAlt = face.startImageAlt();
		return form;
	}

	FaceTexts texts() {
		return new FaceTexts(accentColour, startText, siteUrl, privacyNotice, accessibilityContactName,
				accessibilityContactEmail, accessibilityContactPhone, startImageAlt);
	}

	public String getAccentColour() {
		return accentColour;
	}

	public void setAccentColour(String accentColour) {
		this.accentColour = accentColour;
	}

	public String getStartText() {
		return startText;
	}

	public void setStartText(String startText) {
		this.startText = startText;
	}

	public String getSiteUrl() {
		return siteUrl;
	}

	public void setSiteUrl(String siteUrl) {
		this.siteUrl = siteUrl;
	}

	public String getPrivacyNotice() {
		return privacyNotice;
	}

	public void setPrivacyNotice(String privacyNotice) {
		this.privacyNotice = privacyNotice;
	}

	public String getAccessibilityContactName() {
		return accessibilityContactName;
	}

	public void setAccessibilityContactName(String accessibilityContactName) {
		this.accessibilityContactName = accessibilityContactName;
	}

	public String getAccessibilityContactEmail() {
		return accessibilityContactEmail;
	}

	public void setAccessibilityContactEmail(String accessibilityContactEmail) {
		this.accessibilityContactEmail = accessibilityContactEmail;
	}

	public String getAccessibilityContactPhone() {
		return accessibilityContactPhone;
	}

	public void setAccessibilityContactPhone(String accessibilityContactPhone) {
		this.accessibilityContactPhone = accessibilityContactPhone;
	}

	public String getStartImageAlt() {
		return startImageAlt;
	}

	public void setStartImageAlt(String startImageAlt) {
		this.startImageAlt = startImageAlt;
	}

	public boolean isRemoveLogo() {
		return removeLogo;
	}

	public void setRemoveLogo(boolean removeLogo) {
		this.removeLogo = removeLogo;
	}

	public boolean isRemoveStartImage() {
		return removeStartImage;
	}

	public void setRemoveStartImage(boolean removeStartImage) {
		this.removeStartImage = removeStartImage;
	}

	public String getLogoFile() {
		return logoFile;
	}

	public String getStartImageFile() {
		return startImageFile;
	}

}
