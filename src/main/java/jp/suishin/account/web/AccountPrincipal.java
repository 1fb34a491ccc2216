package jp.suishin.account.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account as Spring Security keeps it in the session: the id and login
 * only. Grants are read again for every request, so a revoked role takes effect at once.
 */
public final class AccountPrincipal implements UserDetails, CredentialsContainer {

	private final long accountId;

	private final String login;

	private final boolean administrator;

	private final boolean locked;

	private final Instant signedInAt;

	private String passwordDigest;

	AccountPrincipal(long accountId, String login, boolean administrator, String passwordDigest, boolean locked) {
		this.accountId = accountId;
		this.login = login;
		this.administrator = administrator;
		this.passwordDigest = passwordDigest;
		this.locked = locked;
		this.signedInAt = Instant.now();
	}

	public long accountId() {
		return accountId;
	}

	/** The same account, signed in now (after its own password change). */
	AccountPrincipal renewed() {
		return new AccountPrincipal(accountId, login, administrator, null, false);
	}

	/**
	 * When the session signed in: it ends if the password changes or the account is
	 * disabled later.
	 */
	Instant signedInAt() {
		return signedInAt;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority("ROLE_USER"));
		if (administrator) {
			authorities.add(new SimpleGrantedAuthority("ROLE_ADMIN"));
		}
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordDigest;
	}

	@Override
	public String getUsername() {
		return login;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public void eraseCredentials() {
		passwordDigest = null;
	}

}
