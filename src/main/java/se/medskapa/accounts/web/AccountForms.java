package se.medskapa.accounts.web;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import se.medskapa.accounts.StaffCredentials;
import se.medskapa.accounts.StaffRole;

/** Form objects of the account pages. */
final class AccountForms {

	private AccountForms() {
	}

	static class EmailForm {

		@NotBlank(message = "{validation.required}")
		@Email(message = "{validation.email}")
		@Size(max = 254, message = "{validation.tooLong}")
		private String email;

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

	}

	static class CodeForm {

		@NotBlank(message = "{validation.required}")
		@Pattern(regexp = "\\s*\\d{3}\\s?\\d{3}\\s*", message = "{validation.totpCode}")
		private String code;

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

	}

	static class NewPasswordForm {

		@NotBlank(message = "{validation.required}")
		@Size(min = StaffCredentials.MIN_PASSWORD_LENGTH, max = 200, message = "{validation.passwordLength}")
		private String newPassword;

		/**
		 * Compared with the new password by the controller, which reports a difference at
		 * this field.
		 */
		private String repeatPassword;

		public String getNewPassword() {
			return newPassword;
		}

		public void setNewPassword(String newPassword) {
			this.newPassword = newPassword;
		}

		public String getRepeatPassword() {
			return repeatPassword;
		}

		public void setRepeatPassword(String repeatPassword) {
			this.repeatPassword = repeatPassword;
		}

	}

	static class InvitationForm extends NewPasswordForm {

		@NotBlank(message = "{validation.required}")
		@Pattern(regexp = "\\s*\\d{3}\\s?\\d{3}\\s*", message = "{validation.totpCode}")
		private String code;

		public String getCode() {
			return code;
		}

		public void setCode(String code) {
			this.code = code;
		}

	}

	static class ProfileForm {

		@Size(max = 120, message = "{validation.tooLong}")
		private String displayName;

		@Pattern(regexp = "sv|en", message = "{validation.chooseOne}")
		private String preferredLanguage = "sv";

		public String getDisplayName() {
			return displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

		public String getPreferredLanguage() {
			return preferredLanguage;
		}

		public void setPreferredLanguage(String preferredLanguage) {
			this.preferredLanguage = preferredLanguage;
		}

	}

	static class StaffForm {

		@NotBlank(message = "{validation.required}")
		@Email(message = "{validation.email}")
		@Size(max = 254, message = "{validation.tooLong}")
		private String email;

		@NotBlank(message = "{validation.required}")
		@Size(max = 120, message = "{validation.tooLong}")
		private String displayName;

		private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

		private List<Long> unitIds = new ArrayList<>();

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public String getDisplayName() {
			return displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

		public Set<StaffRole> getRoles() {
			return roles;
		}

		public void setRoles(Set<StaffRole> roles) {
			this.roles = roles == null ? EnumSet.noneOf(StaffRole.class) : roles;
		}

		public List<Long> getUnitIds() {
			return unitIds;
		}

		public void setUnitIds(List<Long> unitIds) {
			this.unitIds = unitIds == null ? new ArrayList<>() : unitIds;
		}

	}

}
