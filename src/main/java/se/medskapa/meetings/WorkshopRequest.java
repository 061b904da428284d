package se.medskapa.meetings;

/**
 * "Book a workshop at our workplace": a group, an association or a workplace asks for an
 * on-site session.
 *
 * @param organisation the group, association or workplace asking
 * @param place where the session would be held
 * @param participants about how many would take part
 * @param when what times suit them ({@code null} for not said)
 * @param topic what they want to work on
 * @param name the contact person
 * @param email where the receipt and the answer go
 * @param phone the contact person's telephone ({@code null} for none)
 * @param language {@code sv} or {@code en}
 */
public record WorkshopRequest(String organisation, String place, int participants, String when, String topic,
		String name, String email, String phone, String language) {
}
