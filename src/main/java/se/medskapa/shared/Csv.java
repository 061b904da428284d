package se.medskapa.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * CSV for spreadsheets (semicolon-separated, as Swedish Excel reads it), shared by every
 * export: fields quoted where needed (RFC 4180) and defused where they start like a
 * formula.
 */
public final class Csv {

	public static final char SEPARATOR = ';';

	private Csv() {
	}

	/** One row, CRLF-terminated. */
	public static void writeRow(Writer out, String[] fields) {
		try {
			for (int i = 0; i < fields.length; i++) {
				if (i > 0) {
					out.write(SEPARATOR);
				}
				out.write(field(fields[i]));
			}
			out.write("\r\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One CSV field: quoted when it holds a separator, quote or line break (quotes
	 * doubled, RFC 4180), and defused when it starts like a spreadsheet formula, so that
	 * opening the file never runs one.
	 */
	public static String field(String value) {
		if (value == null || value.isEmpty()) {
			return "";
		}
		String text = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
		boolean quote = text.indexOf(SEPARATOR) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0 || text.indexOf(',') >= 0;
		return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

}
