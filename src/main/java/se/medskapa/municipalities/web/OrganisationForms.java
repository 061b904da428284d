package se.medskapa.municipalities.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Form objects of the organisation admin pages; ids come from the path, never from the
 * form.
 */
final class OrganisationForms {

	private OrganisationForms() {
	}

	static class DepartmentForm {

		@NotBlank(message = "{validation.required}")
		@Size(max = 120, message = "{validation.tooLong}")
		private String name;

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

	}

	static class UnitForm {

		@NotNull(message = "{validation.chooseOne}")
		private Long departmentId;

		@NotBlank(message = "{validation.required}")
		@Size(max = 120, message = "{validation.tooLong}")
		private String name;

		@Email(message = "{validation.email}")
		@Size(max = 254, message = "{validation.tooLong}")
		private String email;

		public Long getDepartmentId() {
			return departmentId;
		}

		public void setDepartmentId(Long departmentId) {
			this.departmentId = departmentId;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

	}

	static class CategoryForm {

		@NotBlank(message = "{validation.required}")
		@Size(max = 120, message = "{validation.tooLong}")
		private String name;

		@Size(max = 500, message = "{validation.tooLong}")
		private String description;

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getDescription() {
			return description;
		}

		public void setDescription(String description) {
			this.description = description;
		}

	}

}
