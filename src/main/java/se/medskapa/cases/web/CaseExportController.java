package se.medskapa.cases.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.cases.CaseAccessDeniedException;
import se.medskapa.cases.CaseHandling;
import se.medskapa.cases.CaseRecord;
import se.medskapa.cases.CaseRecords;
import se.medskapa.municipalities.Municipalities;
import se.medskapa.municipalities.Municipality;
import se.medskapa.shared.Csv;
import se.medskapa.shared.Times;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The records export (diarium) for idea coaches and municipality admins: every case of
 * the municipality, optionally those submitted between {@code from} and {@code to}
 * (inclusive), as CSV or JSON, written to the response while the rows are read. The CSV
 * opens directly in a Swedish Excel: UTF-8 with a byte order mark, semicolons between
 * fields, a header row, RFC 4180 quoting, and times in Swedish local time. The JSON is an
 * array of objects with ISO 8601 instants (UTC).
 */
@Controller
@RequestMapping("/{slug}/staff/cases")
class CaseExportController {

	static final String[] COLUMNS = { "reference", "registry_number", "kind", "status", "category", "unit", "submitted",
			"acknowledged", "answered", "closed", "hops", "published" };

	private final Municipalities municipalities;

	private final CaseRecords records;

	private final CaseHandling handling;

	private final JsonMapper json;

	private final Times times;

	CaseExportController(Municipalities municipalities, CaseRecords records, CaseHandling handling, JsonMapper json,
			Times times) {
		this.times = times;
		this.municipalities = municipalities;
		this.records = records;
		this.handling = handling;
		this.json = json;
	}

	@GetMapping("/export.csv")
	void exportCsv(@PathVariable String slug, @AuthenticationPrincipal StaffPrincipal me,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		Municipality municipality = allowed(slug, me, from, to);
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(municipality, from, to, "csv"));
		Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
		out.write('\uFEFF');
		writeRow(out, COLUMNS);
		records.export(me, municipality.id(), from, to,
				row -> writeRow(out,
						new String[] { row.reference(), row.registryNumber(), row.kind().name(), row.status().name(),
								row.category(), row.unit(), time(row.submitted()), time(row.acknowledged()),
								time(row.answered()), time(row.closed()), String.valueOf(row.hops()),
								String.valueOf(row.published()) }));
		out.flush();
	}

	@GetMapping("/export.json")
	void exportJson(@PathVariable String slug, @AuthenticationPrincipal StaffPrincipal me,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			HttpServletResponse response) throws IOException {
		Municipality municipality = allowed(slug, me, from, to);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, attachment(municipality, from, to, "json"));
		try (JsonGenerator generator = json.createGenerator(response.getOutputStream())) {
			generator.writeStartArray();
			records.export(me, municipality.id(), from, to, generator::writePOJO);
			generator.writeEndArray();
		}
	}

	/**
	 * Checked before the first byte is written, so that a refusal is a proper error page.
	 */
	private Municipality allowed(String slug, StaffPrincipal me, LocalDate from, LocalDate to) {
		Municipality municipality = municipalities.requireBySlug(slug);
		if (!handling.mayExport(me, municipality.id())) {
			throw new CaseAccessDeniedException();
		}
		if (from != null && to != null && from.isAfter(to)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "from is after to");
		}
		return municipality;
	}

	private static String attachment(Municipality municipality, LocalDate from, LocalDate to, String extension) {
		String name = "medskapa-" + municipality.slug() + "-cases" + (from == null ? "" : "-from-" + from)
				+ (to == null ? "" : "-to-" + to) + "." + extension;
		return ContentDisposition.attachment().filename(name).build().toString();
	}

	private String time(Instant instant) {
		return instant == null ? null : times.dateTimeWithSeconds(instant);
	}

	private static void writeRow(Writer out, String[] fields) {
		Csv.writeRow(out, fields);
	}

	/** One CSV field, as {@link Csv#field} writes it. */
	static String field(String value) {
		return Csv.field(value);
	}

}
