/**
 * What other modules contribute to a resident's account: the part of {@code accounts}
 * another module may depend on as {@code "accounts :: spi"}. A module that stores
 * something about a resident implements {@code ResidentData} for the data export, and
 * listens to {@code ResidentAccountDeleted} to anonymise it.
 */
@NamedInterface("spi")
package se.medskapa.accounts.spi;

import org.springframework.modulith.NamedInterface;
