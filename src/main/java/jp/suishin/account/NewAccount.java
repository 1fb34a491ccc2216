package jp.suishin.account;

/** What an administrator types to open an account. */
public record NewAccount(String login, String displayName, String email, String password, boolean administrator) {

}
