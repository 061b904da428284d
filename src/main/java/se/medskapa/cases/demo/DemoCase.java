package se.medskapa.cases.demo;

import java.util.List;

import se.medskapa.cases.CaseKind;
import se.medskapa.cases.CaseStatus;

/**
 * A demo case and what happens to it, step by step, each on a working day after
 * submission. The steps are played through the real use cases, so the timelines,
 * deadlines and mails are those of real cases.
 */
record DemoCase(String key, int workingDaysAgo, CaseKind kind, String category, String place, String title,
		String description, String name, String email, boolean publishPermission, List<Step> steps) {

	static DemoCase demoCase(String key, int workingDaysAgo, CaseKind kind, String category, String place, String title,
			String description) {
		return new DemoCase(key, workingDaysAgo, kind, category, place, title, description, null, null, false,
				List.of());
	}

	/** The resident's name and e-mail address (the case is anonymous without). */
	DemoCase by(String residentName, String residentEmail) {
		return new DemoCase(key, workingDaysAgo, kind, category, place, title, description, residentName, residentEmail,
				publishPermission, steps);
	}

	/** The resident allows publication. */
	DemoCase publishable() {
		return new DemoCase(key, workingDaysAgo, kind, category, place, title, description, name, email, true, steps);
	}

	DemoCase then(Step... next) {
		return new DemoCase(key, workingDaysAgo, kind, category, place, title, description, name, email,
				publishPermission, List.of(next));
	}

	/** Who acts: the demo staff of the municipality. */
	enum Actor {

		COACH("idecoach"), HANDLER("handlaggare"), LEAD("enhetschef"), HANDLER2("handlaggare2"),
		HANDLER3("handlaggare3");

		final String account;

		Actor(String account) {
			this.account = account;
		}

	}

	/**
	 * Something that happens to the case, {@code day} working days after it was
	 * submitted.
	 */
	sealed interface Step permits Route, Take, HandOver, ReturnToCoach, ChangeStatus, Message, Note, Answer, Forward,
			Merge, Withdraw, Reply, Registry {

		int day();

	}

	/**
	 * The coach routes the case; with a public title and text, the reviewed version is
	 * published.
	 */
	record Route(int day, String unit, String publicTitle, String publicDescription) implements Step {
	}

	record Take(int day, Actor who) implements Step {
	}

	record HandOver(int day, Actor who, String unit, String note) implements Step {
	}

	record ReturnToCoach(int day, Actor who, String reason) implements Step {
	}

	record ChangeStatus(int day, Actor who, CaseStatus status, String publicMessage,
			String internalNote) implements Step {
	}

	record Message(int day, Actor who, String text) implements Step {
	}

	record Note(int day, Actor who, String text) implements Step {
	}

	/** The coach answers straight from the coach queue. */
	record Answer(int day, String text) implements Step {
	}

	record Forward(int day, Actor who, String authority, String text) implements Step {
	}

	/** The coach merges the case into an earlier one, named by its key. */
	record Merge(int day, String targetKey, String text) implements Step {
	}

	/** The resident withdraws the case through the tracking link. */
	record Withdraw(int day) implements Step {
	}

	/** The resident writes to the handler through the tracking link. */
	record Reply(int day, String text) implements Step {
	}

	record Registry(int day, Actor who, String number) implements Step {
	}

	static Route route(int day, String unit) {
		return new Route(day, unit, null, null);
	}

	static Route routeAndPublish(int day, String unit, String publicTitle, String publicDescription) {
		return new Route(day, unit, publicTitle, publicDescription);
	}

	static Take take(int day, Actor who) {
		return new Take(day, who);
	}

	static HandOver handOver(int day, Actor who, String unit, String note) {
		return new HandOver(day, who, unit, note);
	}

	static ReturnToCoach returnToCoach(int day, Actor who, String reason) {
		return new ReturnToCoach(day, who, reason);
	}

	static ChangeStatus status(int day, Actor who, CaseStatus status, String publicMessage, String internalNote) {
		return new ChangeStatus(day, who, status, publicMessage, internalNote);
	}

	static Message message(int day, Actor who, String text) {
		return new Message(day, who, text);
	}

	static Note note(int day, Actor who, String text) {
		return new Note(day, who, text);
	}

	static Answer answer(int day, String text) {
		return new Answer(day, text);
	}

	static Forward forward(int day, Actor who, String authority, String text) {
		return new Forward(day, who, authority, text);
	}

	static Merge merge(int day, String targetKey, String text) {
		return new Merge(day, targetKey, text);
	}

	static Withdraw withdraw(int day) {
		return new Withdraw(day);
	}

	static Reply reply(int day, String text) {
		return new Reply(day, text);
	}

	static Registry registry(int day, Actor who, String number) {
		return new Registry(day, who, number);
	}
}
