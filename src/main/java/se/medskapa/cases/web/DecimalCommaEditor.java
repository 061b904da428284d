package se.medskapa.cases.web;

import java.beans.PropertyEditorSupport;

/**
 * A decimal number as a Swedish resident types it: "57,72" as well as "57.72"; blank is
 * no value. Anything else fails as a type mismatch, told at the field.
 */
class DecimalCommaEditor extends PropertyEditorSupport {

	@Override
	public void setAsText(String text) {
		if (text == null || text.isBlank()) {
			setValue(null);
			return;
		}
		String number = text.strip().replace(',', '.');
		// Only digits, one sign and one separator: Double.valueOf would also take "1e3",
		// "NaN" or "0x1p3".
		if (!number.matches("[+-]?\\d{1,3}(\\.\\d{1,12})?")) {
			throw new IllegalArgumentException("Not a decimal number");
		}
		setValue(Double.valueOf(number));
	}

	@Override
	public String getAsText() {
		Object value = getValue();
		return value == null ? "" : value.toString();
	}

}
