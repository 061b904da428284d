package se.medskapa.accounts;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRpEntity;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutablePublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.ImmutableRelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.JdbcPublicKeyCredentialUserEntityRepository;
import org.springframework.security.web.webauthn.management.JdbcUserCredentialRepository;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyPublicKey;
import org.springframework.security.web.webauthn.management.Webauthn4JRelyingPartyOperations;
import org.springframework.stereotype.Service;

/**
 * Passkeys (WebAuthn) as the second factor of staff besides TOTP (ADR 0043). Spring
 * Security's relying-party operations (webauthn4j) verify the ceremonies; the credentials
 * live in its documented tables. Each staff account has its own user entity named
 * {@code staff-<id>}, so a passkey completes the sign-in of exactly the account that
 * registered it: an assertion that verifies but belongs to another account (of this or
 * another municipality) is refused.
 */
@Service
public class StaffPasskeys {

	private final JdbcPublicKeyCredentialUserEntityRepository userEntities;

	private final JdbcUserCredentialRepository credentials;

	private final Webauthn4JRelyingPartyOperations relyingParty;

	StaffPasskeys(JdbcTemplate jdbc, @Value("${medskapa.webauthn.rp-id:localhost}") String rpId,
			@Value("${medskapa.webauthn.rp-name:Medskapa}") String rpName,
			@Value("${medskapa.webauthn.allowed-origins:http://localhost:${server.port:8080}}") String[] origins) {
		this.userEntities = new JdbcPublicKeyCredentialUserEntityRepository(jdbc);
		this.credentials = new JdbcUserCredentialRepository(jdbc);
		Set<String> allowedOrigins = new HashSet<>(Arrays.asList(origins));
		this.relyingParty = new Webauthn4JRelyingPartyOperations(userEntities, credentials,
				PublicKeyCredentialRpEntity.builder().id(rpId).name(rpName).build(), allowedOrigins);
	}

	/** The WebAuthn user name of a staff account: its id, never its e-mail address. */
	static String userName(long staffId) {
		return "staff-" + staffId;
	}

	private static Authentication asUser(StaffPrincipal principal) {
		return UsernamePasswordAuthenticationToken.authenticated(userName(principal.id()), null, List.of());
	}

	public boolean hasPasskey(StaffPrincipal principal) {
		return !passkeys(principal).isEmpty();
	}

	/** The staff member's own passkeys, newest first. */
	public List<CredentialRecord> passkeys(StaffPrincipal principal) {
		PublicKeyCredentialUserEntity entity = userEntities.findByUsername(userName(principal.id()));
		if (entity == null) {
			return List.of();
		}
		return credentials.findByUserId(entity.getId())
			.stream()
			.sorted((a, b) -> String.valueOf(b.getCreated()).compareTo(String.valueOf(a.getCreated())))
			.toList();
	}

	public PublicKeyCredentialCreationOptions registrationOptions(StaffPrincipal principal) {
		return relyingParty.createPublicKeyCredentialCreationOptions(
				new ImmutablePublicKeyCredentialCreationOptionsRequest(asUser(principal)));
	}

	public CredentialRecord register(StaffPrincipal principal, PublicKeyCredentialCreationOptions options,
			RelyingPartyPublicKey publicKey) {
		if (!userName(principal.id()).equals(options.getUser().getName())) {
			throw new IllegalArgumentException("creation options of another account");
		}
		return relyingParty.registerCredential(new ImmutableRelyingPartyRegistrationRequest(options, publicKey));
	}

	/** Options for the second factor: only this account's own passkeys are allowed. */
	public PublicKeyCredentialRequestOptions signInOptions(StaffPrincipal principal) {
		return relyingParty
			.createCredentialRequestOptions(new ImmutablePublicKeyCredentialRequestOptionsRequest(asUser(principal)));
	}

	/**
	 * Verifies the assertion and that the passkey belongs to this very account; false for
	 * a passkey of anyone else, whatever municipality.
	 */
	public boolean verify(StaffPrincipal principal, RelyingPartyAuthenticationRequest request) {
		try {
			PublicKeyCredentialUserEntity owner = relyingParty.authenticate(request);
			return owner != null && userName(principal.id()).equals(owner.getName());
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	/** Deletes one of the staff member's own passkeys; another account's stays. */
	public boolean delete(StaffPrincipal principal, String credentialId) {
		Optional<CredentialRecord> own = passkeys(principal).stream()
			.filter(record -> record.getCredentialId().toBase64UrlString().equals(credentialId))
			.findFirst();
		own.ifPresent(record -> credentials.delete(record.getCredentialId()));
		return own.isPresent();
	}

}
