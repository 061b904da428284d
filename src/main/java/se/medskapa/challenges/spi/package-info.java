/**
 * What a module implements for challenges: the events a challenge may link to
 * ({@link se.medskapa.challenges.spi.ChallengeEvents}), so that challenges know no
 * internals of the module that arranges events.
 */
@NamedInterface("spi")
package se.medskapa.challenges.spi;

import org.springframework.modulith.NamedInterface;
