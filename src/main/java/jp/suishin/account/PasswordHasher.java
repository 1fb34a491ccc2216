package jp.suishin.account;

/** Turns a password into a digest made with an adaptive hash (bcrypt by default). */
public interface PasswordHasher {

	String hash(String password);

	/** Whether a password is the one a digest was made from. */
	boolean matches(String password, String digest);

}
