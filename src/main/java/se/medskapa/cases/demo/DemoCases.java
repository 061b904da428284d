package se.medskapa.cases.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import se.medskapa.accounts.StaffPrincipal;
import se.medskapa.accounts.StaffUserDetailsService;
import se.medskapa.cases.CaseHandling;
import se.medskapa.cases.CaseHandling.PublicVersion;
import se.medskapa.cases.CaseIntake;
import se.medskapa.cases.CaseSubmission;
import se.medskapa.cases.RoutingRules;
import se.medskapa.cases.SubmittedCase;
import se.medskapa.cases.demo.DemoCase.Actor;
import se.medskapa.cases.demo.DemoCase.Answer;
import se.medskapa.cases.demo.DemoCase.ChangeStatus;
import se.medskapa.cases.demo.DemoCase.Forward;
import se.medskapa.cases.demo.DemoCase.HandOver;
import se.medskapa.cases.demo.DemoCase.Merge;
import se.medskapa.cases.demo.DemoCase.Message;
import se.medskapa.cases.demo.DemoCase.Note;
import se.medskapa.cases.demo.DemoCase.Registry;
import se.medskapa.cases.demo.DemoCase.Reply;
import se.medskapa.cases.demo.DemoCase.ReturnToCoach;
import se.medskapa.cases.demo.DemoCase.Route;
import se.medskapa.cases.demo.DemoCase.Step;
import se.medskapa.cases.demo.DemoCase.Take;
import se.medskapa.cases.demo.DemoCase.Withdraw;
import se.medskapa.municipalities.Category;
import se.medskapa.municipalities.Municipality;
import se.medskapa.municipalities.Organisation;
import se.medskapa.municipalities.Unit;
import se.medskapa.shared.WorkingDays;

/**
 * Plays the demo cases of a municipality through {@link CaseIntake} and
 * {@link CaseHandling}, as its demo staff, so every timeline entry, deadline and mail is
 * real. The use cases stamp everything with the present moment; afterwards
 * {@link DemoCaseDates} moves each case back to when it happened. Cases left open past a
 * deadline are therefore overdue, as in a real queue.
 */
@Component
class DemoCases {

	private static final LocalTime SUBMITTED_FROM = LocalTime.of(7, 40);

	private static final LocalTime HANDLED_FROM = LocalTime.of(9, 5);

	private final CaseIntake intake;

	private final CaseHandling handling;

	private final RoutingRules routingRules;

	private final Organisation organisation;

	private final StaffUserDetailsService users;

	private final WorkingDays workingDays;

	private final DemoCaseDates dates;

	private final Clock clock;

	DemoCases(CaseIntake intake, CaseHandling handling, RoutingRules routingRules, Organisation organisation,
			StaffUserDetailsService users, WorkingDays workingDays, DemoCaseDates dates, Clock clock) {
		this.intake = intake;
		this.handling = handling;
		this.routingRules = routingRules;
		this.organisation = organisation;
		this.users = users;
		this.workingDays = workingDays;
		this.dates = dates;
		this.clock = clock;
	}

	/**
	 * Adds the routing rules (category, optionally area → unit) unless the municipality
	 * has some.
	 */
	void loadRoutingRules(Municipality municipality, List<DemoRoutingRules.Rule> rules) {
		if (!routingRules.rules(municipality.id()).isEmpty()) {
			return;
		}
		Map<String, Unit> units = units(municipality);
		Map<String, Category> categories = categories(municipality);
		for (DemoRoutingRules.Rule rule : rules) {
			routingRules.addRule(municipality.id(), require(categories, rule.category()).id(), rule.area(),
					require(units, rule.unit()).id());
		}
	}

	/**
	 * Plays the cases, oldest first, so that references and submission dates run in the
	 * same order.
	 */
	void load(Municipality municipality, List<DemoCase> cases) {
		Map<String, Unit> units = units(municipality);
		Map<String, Category> categories = categories(municipality);
		Map<Actor, StaffPrincipal> staff = new EnumMap<>(Actor.class);
		for (Actor actor : Actor.values()) {
			String email = actor.account + "@" + municipality.slug() + ".medskapa.example";
			StaffPrincipal principal = (StaffPrincipal) users.loadUserByUsername(email);
			staff.put(actor, users.reload(principal.id()).orElseThrow());
		}
		Map<String, String> references = new HashMap<>();
		List<DemoCase> oldestFirst = cases.stream()
			.sorted(Comparator.comparingInt(DemoCase::workingDaysAgo).reversed())
			.toList();
		int index = 0;
		for (DemoCase demo : oldestFirst) {
			references.put(demo.key(), play(municipality, demo, index++, units, categories, staff, references));
		}
	}

	private String play(Municipality municipality, DemoCase demo, int index, Map<String, Unit> units,
			Map<String, Category> categories, Map<Actor, StaffPrincipal> staff, Map<String, String> references) {
		Instant playedFrom = clock.instant();
		Long categoryId = demo.category() == null ? null : require(categories, demo.category()).id();
		SubmittedCase submitted = intake.submit(municipality,
				new CaseSubmission(demo.kind(), demo.title(), demo.description(), categoryId, demo.place(), demo.name(),
						demo.email(), demo.publishPermission(), "sv", null, null, false));
		Timeline timeline = new Timeline(submittedAt(demo.workingDaysAgo(), index));
		long id = municipality.id();
		dates.moveEvents(id, submitted.id(), playedFrom, timeline.last);
		String ref = submitted.reference();
		int stepOfDay = 0;
		int previousDay = -1;
		for (Step step : demo.steps()) {
			stepOfDay = step.day() == previousDay ? stepOfDay + 1 : 0;
			previousDay = step.day();
			if (step instanceof Route route) {
				handling.routeCase(staff.get(Actor.COACH), id, ref, require(units, route.unit()).id(), null,
						route.publicTitle() == null ? null
								: new PublicVersion(route.publicTitle(), route.publicDescription()));
			}
			else if (step instanceof Take take) {
				handling.takeCase(staff.get(take.who()), id, ref);
			}
			else if (step instanceof HandOver handOver) {
				handling.handOverCase(staff.get(handOver.who()), id, ref, require(units, handOver.unit()).id(),
						handOver.note());
			}
			else if (step instanceof ReturnToCoach back) {
				handling.returnCaseToCoach(staff.get(back.who()), id, ref, back.reason());
			}
			else if (step instanceof ChangeStatus change) {
				handling.changeCaseStatus(staff.get(change.who()), id, ref, change.status(), change.publicMessage(),
						change.internalNote());
			}
			else if (step instanceof Message message) {
				handling.postPublicMessage(staff.get(message.who()), id, ref, message.text());
			}
			else if (step instanceof Note note) {
				handling.addInternalNote(staff.get(note.who()), id, ref, note.text());
			}
			else if (step instanceof Answer answer) {
				handling.answerCaseDirectly(staff.get(Actor.COACH), id, ref, answer.text());
			}
			else if (step instanceof Forward forward) {
				handling.forwardCase(staff.get(forward.who()), id, ref, forward.authority(), forward.text());
			}
			else if (step instanceof Merge merge) {
				handling.mergeCase(staff.get(Actor.COACH), id, ref, references.get(merge.targetKey()), merge.text());
			}
			else if (step instanceof Withdraw) {
				handling.withdrawCase(id, submitted.trackingToken());
			}
			else if (step instanceof Reply reply) {
				handling.replyToCase(id, submitted.trackingToken(), reply.text());
			}
			else if (step instanceof Registry registry) {
				handling.setRegistryNumber(staff.get(registry.who()), id, ref, registry.number());
			}
			dates.moveEvents(id, submitted.id(), playedFrom, timeline.at(step.day(), stepOfDay));
		}
		dates.backdate(municipality.id(), submitted.id(), timeline.submitted);
		return ref;
	}

	/**
	 * Submitted that many working days ago, in the morning; the newest cases a few hours
	 * ago.
	 */
	private Instant submittedAt(int workingDaysAgo, int index) {
		Instant now = clock.instant();
		if (workingDaysAgo == 0) {
			return now.minus(Duration.ofMinutes(150 + 7L * index));
		}
		LocalDate day = LocalDate.ofInstant(now, WorkingDays.SWEDEN);
		for (int counted = 0; counted < workingDaysAgo;) {
			day = day.minusDays(1);
			if (workingDays.isWorkingDay(day)) {
				counted++;
			}
		}
		return day.atTime(SUBMITTED_FROM.plusMinutes(23L * (index % 17))).atZone(WorkingDays.SWEDEN).toInstant();
	}

	/**
	 * Times of a case's steps: on the given working day after submission, later than the
	 * step before, never in the future.
	 */
	private final class Timeline {

		final Instant submitted;

		Instant last;

		Timeline(Instant submitted) {
			this.submitted = submitted;
			this.last = submitted;
		}

		Instant at(int workingDay, int stepOfDay) {
			LocalDate day = workingDays.addWorkingDays(LocalDate.ofInstant(submitted, WorkingDays.SWEDEN), workingDay);
			if (workingDay == 0) {
				day = LocalDate.ofInstant(submitted, WorkingDays.SWEDEN);
			}
			Instant when = day.atTime(HANDLED_FROM.plusMinutes(41L * stepOfDay)).atZone(WorkingDays.SWEDEN).toInstant();
			if (!when.isAfter(last)) {
				when = last.plus(Duration.ofMinutes(26));
			}
			Instant latest = clock.instant().minusSeconds(60);
			if (when.isAfter(latest)) {
				when = last.plus(Duration.between(last, latest).dividedBy(2));
			}
			last = when;
			return when;
		}

	}

	private Map<String, Unit> units(Municipality municipality) {
		return organisation.units(municipality.id())
			.stream()
			.collect(Collectors.toMap(Unit::name, unit -> unit, (first, second) -> first));
	}

	private Map<String, Category> categories(Municipality municipality) {
		return organisation.categories(municipality.id())
			.stream()
			.collect(Collectors.toMap(Category::name, category -> category, (first, second) -> first));
	}

	private static <T> T require(Map<String, T> byName, String name) {
		T found = byName.get(name);
		if (found == null) {
			throw new IllegalStateException("demo data names '" + name + "', which the municipality does not have");
		}
		return found;
	}

}
