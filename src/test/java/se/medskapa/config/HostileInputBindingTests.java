package se.medskapa.config;

import org.junit.jupiter.api.Test;
import org.springframework.beans.MutablePropertyValues;
import org.springframework.web.bind.WebDataBinder;

import se.medskapa.config.HostileInputConfiguration.HostileInputAdvice;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The binder's text check without a server: bidi controls leave ordinary fields but stay
 * in passwords, which the sign-in reads unchanged.
 */
class HostileInputBindingTests {

	static final String WITH_BIDI = "Lösen\u202Eord-2026";

	@Test
	void shouldStripBidiControlsFromTextButKeepThemInPasswords() {
		Form form = new Form();
		WebDataBinder binder = new WebDataBinder(form);
		new HostileInputAdvice(null).checkText(binder);

		MutablePropertyValues values = new MutablePropertyValues();
		values.add("title", WITH_BIDI);
		values.add("newPassword", WITH_BIDI);
		values.add("repeatPassword", WITH_BIDI);
		binder.bind(values);

		assertThat(binder.getBindingResult().hasErrors()).isFalse();
		assertThat(form.getTitle()).isEqualTo("Lösenord-2026");
		assertThat(form.getNewPassword()).isEqualTo(WITH_BIDI);
		assertThat(form.getRepeatPassword()).isEqualTo(WITH_BIDI);
	}

	@Test
	void shouldRefuseANulInAPasswordToo() {
		Form form = new Form();
		WebDataBinder binder = new WebDataBinder(form);
		new HostileInputAdvice(null).checkText(binder);

		MutablePropertyValues values = new MutablePropertyValues();
		values.add("newPassword", "lösen\u0000ord");
		binder.bind(values);

		assertThat(binder.getBindingResult().getFieldError("newPassword")).isNotNull();
		assertThat(form.getNewPassword()).isNull();
	}

	public static class Form {

		private String title;

		private String newPassword;

		private String repeatPassword;

		public String getTitle() {
			return title;
		}

		public void setTitle(String title) {
			this.title = title;
		}

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

}
